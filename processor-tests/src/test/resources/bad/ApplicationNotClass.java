package bad;

import dev.kiln.KilnApplication;

@KilnApplication // <-- [KilnApplicationNotClass]
public interface ApplicationNotClass {}
