package org.jpy;

import java.io.IOException;
import java.nio.charset.Charset;

import com.oracle.truffle.api.TruffleFile;

/** Detects Python sources by their {@code .py} extension, so {@code Source.newBuilder(file)} picks jpy. */
public final class JpyFileDetector implements TruffleFile.FileTypeDetector {
    @Override
    public String findMimeType(TruffleFile file) throws IOException {
        String name = file.getName();
        return name != null && name.endsWith(".py") ? JpyLanguage.MIME_TYPE : null;
    }

    @Override
    public Charset findEncoding(TruffleFile file) throws IOException {
        return null;
    }
}
