package org.jpy.objects.complex;

import org.jpy.objects.PythonObject;
import org.jpy.runtime.PythonBuiltinClassType;

/** A {@code complex}: two doubles, immutable. */
public final class PComplex extends PythonObject {
    private final double real;
    private final double imag;

    public PComplex(double real, double imag) {
        super(PythonBuiltinClassType.PComplex);
        this.real = real;
        this.imag = imag;
    }

    public PComplex(Object cls, double real, double imag) {
        super(cls);
        this.real = real;
        this.imag = imag;
    }

    public double getReal() {
        return real;
    }

    public double getImag() {
        return imag;
    }
}
