package org.jpy.launcher;

public final class JpyMain {
    public static void main(String[] args) {
    }
}
