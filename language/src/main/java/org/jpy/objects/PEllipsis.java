package org.jpy.objects;

import com.oracle.truffle.api.interop.TruffleObject;

/** The {@code Ellipsis} ({@code ...}) singleton. */
public final class PEllipsis implements TruffleObject {
    public static final PEllipsis ELLIPSIS = new PEllipsis();

    private PEllipsis() {
    }

    @Override
    public String toString() {
        return "Ellipsis";
    }
}
