package org.jpy.objects;

import com.oracle.truffle.api.interop.TruffleObject;

/** The {@code NotImplemented} singleton: what binary special methods return to let the other operand try. */
public final class PNotImplemented implements TruffleObject {
    public static final PNotImplemented NOT_IMPLEMENTED = new PNotImplemented();

    private PNotImplemented() {
    }

    @Override
    public String toString() {
        return "NotImplemented";
    }
}
