package com.example.hello;

import dev.kiln.Body;
import dev.kiln.DefaultValue;
import dev.kiln.Get;
import dev.kiln.Path;
import dev.kiln.PathParam;
import dev.kiln.Post;
import dev.kiln.QueryParam;
import dev.kiln.Service;
import dev.kiln.Status;
import java.util.List;

@Service("greetings")
@Path("/greetings")
public interface GreetingApi {

    @Get("/{name}")
    Greeting greet(@PathParam String name, @QueryParam @DefaultValue("1") int times);

    @Post
    @Status(201)
    Greeting add(@Body NewGreeting greeting);

    @Get
    List<Greeting> all();
}
