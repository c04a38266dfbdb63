package org.meshbench.decoders.ui.internal.model;

import java.util.List;

/** Finds a row by its number in rows ordered by number, as the buffer and the filter keep them. */
public final class RowIndex {

    private RowIndex() {
    }

    /**
     * @param rows rows in ascending number order
     * @param number a row number
     * @return the row's index, or -1 when it is not among the rows
     */
    public static int of(List<PacketRow> rows, long number) {
        int low = 0;
        int high = rows.size() - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long found = rows.get(middle).number();
            if (found < number) {
                low = middle + 1;
            } else if (found > number) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -1;
    }
}
