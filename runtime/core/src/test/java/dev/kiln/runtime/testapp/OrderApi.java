package dev.kiln.runtime.testapp;

import java.util.List;
import java.util.Optional;

/** The service interface a user would annotate; the router and client below are what Kiln generates for it. */
public interface OrderApi {
    Optional<Order> find(long id);                                        // GET /orders/{id}

    Order get(long id);                                                   // GET /orders/{id}/strict

    List<Order> list(Optional<String> customer, int limit, List<Color> colors); // GET /orders?customer&limit=20&color

    List<Order> byCustomer(String name);                                  // GET /customers/{name}/orders

    Order create(NewOrder order);                                         // POST /orders → 201

    void cancel(long id, Optional<String> reason);                        // DELETE /orders/{id}, header X-Reason

    String appendNote(long id, String note);                              // POST /orders/{id}/notes, text

    byte[] attachment(long id, byte[] content);                           // PUT /orders/{id}/attachment, bytes

    String slow(long millis);                                             // GET /slow?millis

    String boom();                                                        // GET /boom
}
