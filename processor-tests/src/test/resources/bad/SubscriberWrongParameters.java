package bad;

import dev.kiln.Events;
import dev.kiln.KilnApplication;
import dev.kiln.Subscribe;
import jakarta.inject.Inject;

@KilnApplication
final class SubscriberWrongParametersApp {}

final class SubscriberWrongParameters {
    @Events("orders")
    interface SubscriberWrongParametersEvents {
        void placed(SubscriberWrongParametersPlaced event);
    }
    record SubscriberWrongParametersPlaced(long id) {}

    @Inject
    SubscriberWrongParameters() {}

    @Subscribe // <-- [KilnInvalidSubscriber]
    void on(SubscriberWrongParametersPlaced event, String note) {}
}
