package notes;

import dev.kiln.Query;
import dev.kiln.Repository;
import java.util.List;

/** Reads a column added after a statement jOOQ cannot interpret: the rest of that migration still counts. */
@Repository
public interface NoteRepository {
    record Note(long id, String note) {}

    @Query("SELECT id, note FROM orders")
    List<Note> notes();
}
