package org.kinship.bench.load;

import java.util.List;

/** A running server under test, as the scenarios see it. */
public interface Target extends AutoCloseable {
    String name();

    Dialect dialect();

    /** The server's process id, for its CPU and memory. */
    long pid();

    /** Makes sure people 0 to count-1 exist (Kinship registers accounts; the references need nothing). */
    void preparePeople(int count) throws Exception;

    /** Person {@code index}'s way in. */
    Identity identity(int index);

    /** The rooms of a shape, created on first use; person {@code r * members + m} is member m of room r. */
    List<String> rooms(Shape shape) throws Exception;

    @Override
    void close();
}
