package bad;

import dev.kiln.KilnApplication;

@KilnApplication
final class FirstApp {}

@KilnApplication // <-- [KilnMultipleApplications]
final class SecondApp {}
