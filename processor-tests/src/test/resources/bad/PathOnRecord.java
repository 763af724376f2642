package bad;

import dev.kiln.Path;

@Path("/orders") // <-- [KilnServiceNotInterface]
public record PathOnRecord(String id) {}
