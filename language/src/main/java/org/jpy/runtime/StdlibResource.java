package org.jpy.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import com.oracle.truffle.api.InternalResource;

/**
 * The standard library as a Truffle internal resource: when jpy runs from jars only (an embedder's single
 * {@code jpy-community} dependency), the jpy-stdlib jar's {@code META-INF/resources/jpy/home/} tree is
 * unpacked once into Truffle's resource cache and used as the jpy home. The version is the content hash
 * computed at build time, so a changed stdlib is unpacked again.
 *
 * <p>The files are read through the class loader rather than {@code Env.unpackResourceFiles} because they
 * live in the jpy-stdlib jar, not in this module; paths under {@code META-INF/} are never encapsulated.
 */
@InternalResource.Id(value = "stdlib", componentId = "jpy")
public final class StdlibResource implements InternalResource {
    static final String ROOT = "META-INF/resources/jpy/home/";

    @Override
    public void unpackFiles(Env env, Path targetDirectory) throws IOException {
        ClassLoader loader = StdlibResource.class.getClassLoader();
        try (InputStream list = open(loader, ROOT + "files.list");
                        BufferedReader reader = new BufferedReader(new InputStreamReader(list, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    continue;
                }
                Path target = targetDirectory.resolve(line).normalize();
                if (!target.startsWith(targetDirectory)) {
                    throw new IOException("bad resource path " + line);
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = open(loader, ROOT + line)) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public String versionHash(Env env) {
        try (InputStream in = open(StdlibResource.class.getClassLoader(), ROOT + "files.sha256")) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException("jpy-stdlib jar missing or damaged: " + e.getMessage(), e);
        }
    }

    private static InputStream open(ClassLoader loader, String name) throws IOException {
        InputStream in = loader == null ? ClassLoader.getSystemResourceAsStream(name) : loader.getResourceAsStream(name);
        if (in == null) {
            throw new IOException("resource not found: " + name + " (is jpy-stdlib on the class or module path?)");
        }
        return in;
    }
}
