package bad;

import dev.kiln.Repository;

@Repository // <-- [KilnRepositoryNotInterface]
public class RepositoryOnClass {}
