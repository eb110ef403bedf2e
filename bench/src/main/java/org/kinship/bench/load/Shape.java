package org.kinship.bench.load;

/** A room shape: {@code rooms} rooms of {@code members} members each. */
public record Shape(int rooms, int members) {
    public int people() {
        return rooms * members;
    }

    public String label() {
        return rooms + "x" + members;
    }
}
