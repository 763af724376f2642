package bad;

import dev.kiln.Queue;

@Queue("emails")
interface MessageMethodNotRecord {
    void send(String to); // <-- [KilnInvalidMessageMethod]
}
