package org.jpy.modules.posix;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;
import java.nio.file.OpenOption;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleFile;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.dsl.GenerateNodeFactory;
import com.oracle.truffle.api.dsl.NodeFactory;
import com.oracle.truffle.api.dsl.Specialization;

import org.jpy.nodes.builtins.Builtin;
import org.jpy.nodes.builtins.CoreFunctions;
import org.jpy.nodes.builtins.PythonBuiltinBaseNode;
import org.jpy.nodes.builtins.PythonBuiltins;
import org.jpy.nodes.builtins.PythonVarargsBuiltinNode;
import org.jpy.objects.PNone;
import org.jpy.objects.bytearray.PByteArray;
import org.jpy.objects.bytes.PBytes;
import org.jpy.objects.dict.PDict;
import org.jpy.objects.list.PList;
import org.jpy.objects.tuple.PTuple;
import org.jpy.runtime.JpyContext;
import org.jpy.runtime.PRaise;
import org.jpy.runtime.PythonBuiltinClassType;

/**
 * {@code _jpy_posix}: the operating-system primitives under jpy's {@code posix} module (lib-jpy/posix.py, which holds
 * the Python-level API: argument conversion, {@code stat_result}, {@code environ}, {@code scandir}, error objects).
 * Every primitive takes plain values (paths as {@code str}) and reports failure by returning {@code -errno} (an int),
 * so that the Python layer raises {@code OSError(errno, strerror, filename)} exactly as CPython does. Files go through
 * {@link TruffleFile} and descriptors through {@link FileDescriptors}.
 */
@CoreFunctions(defineModule = "_jpy_posix")
public final class PosixModuleBuiltins extends PythonBuiltins {
    @Override
    public List<? extends NodeFactory<? extends PythonBuiltinBaseNode>> getNodeFactories() {
        return PosixModuleBuiltinsFactory.getFactories();
    }

    static final long ENOENT = 2;
    static final long EIO = 5;
    static final long EBADF = 9;
    static final long EACCES = 13;
    static final long EEXIST = 17;
    static final long ENOTDIR = 20;
    static final long EISDIR = 21;
    static final long EINVAL = 22;
    static final long ESPIPE = 29;
    static final long ENOTEMPTY = 39;
    static final long ELOOP = 40;
    static final long EPERM = 1;

    /** The errno a Java I/O failure corresponds to, negated (the primitives' error result). */
    static long errno(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return -ENOENT;
        } else if (e instanceof FileAlreadyExistsException) {
            return -EEXIST;
        } else if (e instanceof AccessDeniedException) {
            return -EACCES;
        } else if (e instanceof DirectoryNotEmptyException) {
            return -ENOTEMPTY;
        } else if (e instanceof NotDirectoryException) {
            return -ENOTDIR;
        } else if (e instanceof NotLinkException) {
            return -EINVAL;
        } else if (e instanceof SecurityException) {
            return -EPERM;
        } else if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String reason = fse.getReason();
            if (reason.contains("Is a directory")) {
                return -EISDIR;
            } else if (reason.contains("Not a directory")) {
                return -ENOTDIR;
            } else if (reason.contains("Too many levels of symbolic links")) {
                return -ELOOP;
            } else if (reason.contains("Directory not empty")) {
                return -ENOTEMPTY;
            } else if (reason.contains("Permission denied")) {
                return -EACCES;
            }
        } else if (e instanceof IOException io && io.getMessage() != null && io.getMessage().contains("Is a directory")) {
            return -EISDIR;
        }
        return -EIO;
    }

    static TruffleLanguage.Env env() {
        return JpyContext.get(null).getEnv();
    }

    static TruffleFile file(Object path) {
        String p = path instanceof String s ? s : String.valueOf(path);
        return env().getPublicTruffleFile(p);
    }

    static long toLong(Object o) {
        if (o instanceof Long l) {
            return l;
        } else if (o instanceof Integer i) {
            return i;
        } else if (o instanceof Boolean b) {
            return b ? 1 : 0;
        } else if (o instanceof java.math.BigInteger big) {
            return big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return -1;
    }

    static boolean truthy(Object o) {
        return o instanceof Boolean b ? b : toLong(o) != 0;
    }

    static byte[] bytesOf(Object o) {
        if (o instanceof PBytes b) {
            return java.util.Arrays.copyOf(b.getBytes(), b.size());
        } else if (o instanceof PByteArray ba) {
            return ba.toBytes();
        }
        return null;
    }

    static long nanos(FileTime t) {
        return t == null ? 0 : t.to(TimeUnit.NANOSECONDS);
    }

    /** {@code (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns)} of a file. */
    @TruffleBoundary
    static Object statFile(TruffleFile f, boolean follow) {
        try {
            LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
            TruffleFile.Attributes a = f.getAttributes(List.of(TruffleFile.UNIX_MODE, TruffleFile.UNIX_INODE, TruffleFile.UNIX_DEV, TruffleFile.UNIX_NLINK,
                            TruffleFile.UNIX_UID, TruffleFile.UNIX_GID, TruffleFile.SIZE, TruffleFile.LAST_ACCESS_TIME, TruffleFile.LAST_MODIFIED_TIME,
                            TruffleFile.UNIX_CTIME), options);
            return new PTuple(new Object[]{(long) a.get(TruffleFile.UNIX_MODE), a.get(TruffleFile.UNIX_INODE), a.get(TruffleFile.UNIX_DEV),
                            (long) a.get(TruffleFile.UNIX_NLINK), (long) a.get(TruffleFile.UNIX_UID), (long) a.get(TruffleFile.UNIX_GID),
                            a.get(TruffleFile.SIZE), nanos(a.get(TruffleFile.LAST_ACCESS_TIME)), nanos(a.get(TruffleFile.LAST_MODIFIED_TIME)),
                            nanos(a.get(TruffleFile.UNIX_CTIME))});
        } catch (UnsupportedOperationException e) {
            return statPortable(f, follow);
        } catch (IOException | SecurityException e) {
            return errno(e);
        }
    }

    /** The same from the portable attributes only (file systems without the "unix" view). */
    static Object statPortable(TruffleFile f, boolean follow) {
        try {
            LinkOption[] options = follow ? new LinkOption[0] : new LinkOption[]{LinkOption.NOFOLLOW_LINKS};
            boolean dir = f.isDirectory(options);
            boolean link = !follow && f.isSymbolicLink();
            long mode = (link ? 0120000 : dir ? 0040000 : 0100000) | (f.isReadable() ? 0444 : 0) | (f.isWritable() ? 0200 : 0) |
                            (f.isExecutable() ? 0111 : 0);
            long size = dir ? 4096 : f.size(options);
            long mtime = nanos(f.getLastModifiedTime(options));
            return new PTuple(new Object[]{mode, 0L, 0L, 1L, 0L, 0L, size, nanos(f.getLastAccessTime(options)), mtime, mtime});
        } catch (IOException | SecurityException e) {
            return errno(e);
        }
    }

    @Builtin(name = "stat", minNumOfPositionalArgs = 2, parameterNames = {"$path", "$follow_symlinks"})
    @GenerateNodeFactory
    abstract static class StatNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object stat(Object[] args) {
            try {
                return statFile(file(args[0]), truthy(args[1]));
            } catch (SecurityException | IllegalArgumentException e) {
                return -ENOENT;
            }
        }
    }

    @Builtin(name = "fstat", minNumOfPositionalArgs = 1, parameterNames = {"$fd"})
    @GenerateNodeFactory
    abstract static class FstatNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object fstat(Object[] args) {
            FileDescriptors.Entry e = FileDescriptors.get().lookup((int) toLong(args[0]));
            if (e == null) {
                return -EBADF;
            }
            if (e.file == null) {
                return new PTuple(new Object[]{0020620L, 0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L});
            }
            return statFile(e.file, true);
        }
    }

    @Builtin(name = "listdir", minNumOfPositionalArgs = 1, parameterNames = {"$path"})
    @GenerateNodeFactory
    abstract static class ListdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object listdir(Object[] args) {
            try {
                TruffleFile dir = file(args[0]);
                List<Object> names = new ArrayList<>();
                for (TruffleFile f : dir.list()) {
                    names.add(f.getName());
                }
                return new PList(names.toArray());
            } catch (IOException | SecurityException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "open", minNumOfPositionalArgs = 3, parameterNames = {"$path", "$flags", "$mode"})
    @GenerateNodeFactory
    abstract static class OpenNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object open(Object[] args) {
            long flags = toLong(args[1]);
            long mode = toLong(args[2]);
            int access = (int) (flags & 3);
            Set<OpenOption> options = new HashSet<>();
            if (access == 0 || access == 2) {
                options.add(StandardOpenOption.READ);
            }
            if (access == 1 || access == 2) {
                options.add(StandardOpenOption.WRITE);
            }
            boolean append = (flags & 02000) != 0;
            if (append) {
                options.add(StandardOpenOption.APPEND);
            }
            if ((flags & 0100) != 0) {
                options.add((flags & 0200) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flags & 01000) != 0 && access != 0) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            try {
                TruffleFile f = file(args[0]);
                if ((flags & 0200000) != 0 && !f.isDirectory()) {
                    return f.exists() ? -ENOTDIR : -ENOENT;
                }
                if (access == 0 && f.isDirectory()) {
                    // CPython can open a directory read-only (os.open(dir, O_RDONLY)); reads then fail with EISDIR
                    return (long) FileDescriptors.get().add(new FileDescriptors.Entry(null, f, false));
                }
                if (access != 0 && f.isDirectory()) {
                    return -EISDIR;
                }
                boolean created = !f.exists();
                SeekableByteChannel ch = f.newByteChannel(options);
                if (created && (flags & 0100) != 0) {
                    setMode(f, mode & ~022);
                }
                return (long) FileDescriptors.get().add(new FileDescriptors.Entry(ch, f, append));
            } catch (IOException | SecurityException | UnsupportedOperationException | IllegalArgumentException e) {
                return errno(e);
            }
        }
    }

    static void setMode(TruffleFile f, long mode) {
        try {
            Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
            PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                            PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE,
                            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
            for (int i = 0; i < order.length; i++) {
                if ((mode & (1L << i)) != 0) {
                    perms.add(order[i]);
                }
            }
            f.setPosixPermissions(perms);
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // best effort, as with a umask
        }
    }

    @Builtin(name = "read", minNumOfPositionalArgs = 2, parameterNames = {"$fd", "$n"})
    @GenerateNodeFactory
    abstract static class ReadNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object read(Object[] args) {
            FileDescriptors.Entry e = FileDescriptors.get().lookup((int) toLong(args[0]));
            int n = (int) Math.min(toLong(args[1]), Integer.MAX_VALUE - 16);
            if (e == null) {
                return -EBADF;
            }
            if (n < 0) {
                return -EINVAL;
            }
            try {
                if (e.channel != null) {
                    ByteBuffer buf = ByteBuffer.allocate(n);
                    int r = 0;
                    while (buf.hasRemaining()) {
                        int k = e.channel.read(buf);
                        if (k <= 0) {
                            break;
                        }
                        r += k;
                        break;
                    }
                    return new PBytes(java.util.Arrays.copyOf(buf.array(), r));
                }
                if (e.in != null) {
                    byte[] b = new byte[n];
                    int r = n == 0 ? 0 : e.in.read(b, 0, n);
                    return new PBytes(r <= 0 ? new byte[0] : java.util.Arrays.copyOf(b, r));
                }
                return e.file != null ? -EISDIR : -EBADF;
            } catch (IOException ex) {
                return errno(ex);
            }
        }
    }

    @Builtin(name = "write", minNumOfPositionalArgs = 2, parameterNames = {"$fd", "$data"})
    @GenerateNodeFactory
    abstract static class WriteNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object write(Object[] args) {
            FileDescriptors.Entry e = FileDescriptors.get().lookup((int) toLong(args[0]));
            byte[] data = bytesOf(args[1]);
            if (e == null) {
                return -EBADF;
            }
            if (data == null) {
                throw PRaise.raise(this, PythonBuiltinClassType.TypeError, "a bytes-like object is required, not '%T'", args[1]);
            }
            try {
                if (e.channel != null) {
                    ByteBuffer buf = ByteBuffer.wrap(data);
                    while (buf.hasRemaining()) {
                        e.channel.write(buf);
                    }
                    return (long) data.length;
                }
                if (e.out != null) {
                    OutputStream out = e.out;
                    out.write(data);
                    out.flush();
                    return (long) data.length;
                }
                return -EBADF;
            } catch (IOException ex) {
                return errno(ex);
            }
        }
    }

    @Builtin(name = "close", minNumOfPositionalArgs = 1, parameterNames = {"$fd"})
    @GenerateNodeFactory
    abstract static class CloseNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object close(Object[] args) {
            FileDescriptors fds = FileDescriptors.get();
            int fd = (int) toLong(args[0]);
            FileDescriptors.Entry e = fds.remove(fd);
            if (e == null) {
                return -EBADF;
            }
            try {
                fds.closeChannel(e);
                if (e.out != null) {
                    e.out.flush();
                }
                return 0L;
            } catch (IOException ex) {
                return errno(ex);
            }
        }
    }

    @Builtin(name = "dup", minNumOfPositionalArgs = 1, parameterNames = {"$fd"})
    @GenerateNodeFactory
    abstract static class DupNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object dup(Object[] args) {
            int r = FileDescriptors.get().dup((int) toLong(args[0]));
            return r < 0 ? -EBADF : (long) r;
        }
    }

    @Builtin(name = "lseek", minNumOfPositionalArgs = 3, parameterNames = {"$fd", "$pos", "$how"})
    @GenerateNodeFactory
    abstract static class LseekNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object lseek(Object[] args) {
            FileDescriptors.Entry e = FileDescriptors.get().lookup((int) toLong(args[0]));
            if (e == null) {
                return -EBADF;
            }
            if (e.channel == null) {
                return -ESPIPE;
            }
            long pos = toLong(args[1]);
            long how = toLong(args[2]);
            try {
                long base = how == 0 ? 0 : how == 1 ? e.channel.position() : e.channel.size();
                long target = base + pos;
                if (target < 0 || how < 0 || how > 2) {
                    return -EINVAL;
                }
                e.channel.position(target);
                return target;
            } catch (IOException ex) {
                return errno(ex);
            }
        }
    }

    @Builtin(name = "ftruncate", minNumOfPositionalArgs = 2, parameterNames = {"$fd", "$length"})
    @GenerateNodeFactory
    abstract static class FtruncateNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object ftruncate(Object[] args) {
            FileDescriptors.Entry e = FileDescriptors.get().lookup((int) toLong(args[0]));
            if (e == null || e.channel == null) {
                return -EBADF;
            }
            try {
                long length = toLong(args[1]);
                long size = e.channel.size();
                if (length < size) {
                    e.channel.truncate(length);
                } else if (length > size) {
                    long pos = e.channel.position();
                    e.channel.position(length - 1);
                    e.channel.write(ByteBuffer.wrap(new byte[1]));
                    e.channel.position(pos);
                }
                return 0L;
            } catch (IOException ex) {
                return errno(ex);
            }
        }
    }

    @Builtin(name = "isatty", minNumOfPositionalArgs = 1, parameterNames = {"$fd"})
    @GenerateNodeFactory
    abstract static class IsattyNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object isatty(Object[] args) {
            int fd = (int) toLong(args[0]);
            FileDescriptors.Entry e = FileDescriptors.get().lookup(fd);
            if (e == null || e.channel != null || e.file != null) {
                return false;
            }
            return System.console() != null && fd <= 2 && (e.in == System.in || e.out == System.out || e.out == System.err);
        }
    }

    @Builtin(name = "getcwd", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class GetcwdNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object getcwd(Object[] args) {
            try {
                return env().getCurrentWorkingDirectory().getPath();
            } catch (SecurityException e) {
                return System.getProperty("user.dir");
            }
        }
    }

    @Builtin(name = "chdir", minNumOfPositionalArgs = 1, parameterNames = {"$path"})
    @GenerateNodeFactory
    abstract static class ChdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object chdir(Object[] args) {
            try {
                TruffleFile f = file(args[0]).getAbsoluteFile();
                if (!f.exists()) {
                    return -ENOENT;
                }
                if (!f.isDirectory()) {
                    return -ENOTDIR;
                }
                env().setCurrentWorkingDirectory(f.getCanonicalFile());
                return 0L;
            } catch (IOException | SecurityException | IllegalArgumentException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "mkdir", minNumOfPositionalArgs = 2, parameterNames = {"$path", "$mode"})
    @GenerateNodeFactory
    abstract static class MkdirNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object mkdir(Object[] args) {
            try {
                TruffleFile f = file(args[0]);
                f.createDirectory();
                setMode(f, toLong(args[1]) & ~022);
                return 0L;
            } catch (IOException | SecurityException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "unlink", minNumOfPositionalArgs = 2, parameterNames = {"$path", "$directory"})
    @GenerateNodeFactory
    abstract static class UnlinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object unlink(Object[] args) {
            try {
                TruffleFile f = file(args[0]);
                boolean dir = f.isDirectory(LinkOption.NOFOLLOW_LINKS);
                boolean wantDir = truthy(args[1]);
                if (!f.exists(LinkOption.NOFOLLOW_LINKS)) {
                    return -ENOENT;
                }
                if (dir && !wantDir) {
                    return -EISDIR;
                }
                if (!dir && wantDir) {
                    return -ENOTDIR;
                }
                f.delete();
                return 0L;
            } catch (IOException | SecurityException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "rename", minNumOfPositionalArgs = 2, parameterNames = {"$src", "$dst"})
    @GenerateNodeFactory
    abstract static class RenameNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object rename(Object[] args) {
            try {
                file(args[0]).move(file(args[1]), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                return 0L;
            } catch (IOException | SecurityException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "readlink", minNumOfPositionalArgs = 1, parameterNames = {"$path"})
    @GenerateNodeFactory
    abstract static class ReadlinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object readlink(Object[] args) {
            try {
                return file(args[0]).readSymbolicLink().getPath();
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "symlink", minNumOfPositionalArgs = 2, parameterNames = {"$src", "$dst"})
    @GenerateNodeFactory
    abstract static class SymlinkNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object symlink(Object[] args) {
            try {
                file(args[1]).createSymbolicLink(file(args[0]));
                return 0L;
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "access", minNumOfPositionalArgs = 2, parameterNames = {"$path", "$mode"})
    @GenerateNodeFactory
    abstract static class AccessNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object access(Object[] args) {
            try {
                TruffleFile f = file(args[0]);
                long mode = toLong(args[1]);
                if (!f.exists()) {
                    return false;
                }
                return ((mode & 4) == 0 || f.isReadable()) && ((mode & 2) == 0 || f.isWritable()) && ((mode & 1) == 0 || f.isExecutable());
            } catch (SecurityException | IllegalArgumentException e) {
                return false;
            }
        }
    }

    @Builtin(name = "chmod", minNumOfPositionalArgs = 2, parameterNames = {"$path", "$mode"})
    @GenerateNodeFactory
    abstract static class ChmodNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object chmod(Object[] args) {
            TruffleFile f = file(args[0]);
            if (!f.exists()) {
                return -ENOENT;
            }
            setMode(f, toLong(args[1]));
            return 0L;
        }
    }

    @Builtin(name = "utime", minNumOfPositionalArgs = 3, parameterNames = {"$path", "$atime_ns", "$mtime_ns"})
    @GenerateNodeFactory
    abstract static class UtimeNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object utime(Object[] args) {
            try {
                TruffleFile f = file(args[0]);
                f.setLastAccessTime(FileTime.from(toLong(args[1]), TimeUnit.NANOSECONDS));
                f.setLastModifiedTime(FileTime.from(toLong(args[2]), TimeUnit.NANOSECONDS));
                return 0L;
            } catch (IOException | SecurityException e) {
                return errno(e);
            }
        }
    }

    @Builtin(name = "environ", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class EnvironNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object environ(Object[] args) {
            PDict d = new PDict();
            Map<String, String> env;
            try {
                env = env().getEnvironment();
            } catch (SecurityException e) {
                env = Map.of();
            }
            for (Map.Entry<String, String> e : env.entrySet()) {
                d.setItem(e.getKey(), e.getValue());
            }
            return d;
        }
    }

    @Builtin(name = "getpid", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class GetpidNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object getpid(Object[] args) {
            return ProcessHandle.current().pid();
        }
    }

    @Builtin(name = "getppid", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class GetppidNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object getppid(Object[] args) {
            return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L);
        }
    }

    /** uid and gid of this process, read from {@code /proc/self} (the owner of the process's own entry). */
    @Builtin(name = "ids", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class IdsNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object ids(Object[] args) {
            try {
                TruffleFile self = env().getPublicTruffleFile("/proc/self");
                long uid = self.getAttribute(TruffleFile.UNIX_UID);
                long gid = self.getAttribute(TruffleFile.UNIX_GID);
                return new PTuple(new Object[]{uid, gid});
            } catch (IOException | SecurityException | UnsupportedOperationException e) {
                return new PTuple(new Object[]{0L, 0L});
            }
        }
    }

    @Builtin(name = "urandom", minNumOfPositionalArgs = 1, parameterNames = {"$n"})
    @GenerateNodeFactory
    abstract static class UrandomNode extends PythonVarargsBuiltinNode {
        private static final SecureRandom RANDOM = new SecureRandom();

        @Specialization
        @TruffleBoundary
        Object urandom(Object[] args) {
            long n = toLong(args[0]);
            if (n < 0) {
                throw PRaise.raise(this, PythonBuiltinClassType.ValueError, "negative argument not allowed");
            }
            byte[] b = new byte[(int) Math.min(n, Integer.MAX_VALUE - 16)];
            RANDOM.nextBytes(b);
            return new PBytes(b);
        }
    }

    @Builtin(name = "uname", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class UnameNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object uname(Object[] args) {
            String node = "localhost";
            try {
                node = java.net.InetAddress.getLocalHost().getHostName();
            } catch (IOException | SecurityException e) {
                // keep the default
            }
            String arch = System.getProperty("os.arch");
            if ("amd64".equals(arch)) {
                arch = "x86_64";
            }
            return new PTuple(new Object[]{System.getProperty("os.name"), node, System.getProperty("os.version"), "#1", arch});
        }
    }

    @Builtin(name = "cpu_count", minNumOfPositionalArgs = 0)
    @GenerateNodeFactory
    abstract static class CpuCountNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object cpuCount(Object[] args) {
            return (long) Runtime.getRuntime().availableProcessors();
        }
    }

    @Builtin(name = "_exit", minNumOfPositionalArgs = 1, parameterNames = {"$status"})
    @GenerateNodeFactory
    abstract static class ExitNode extends PythonVarargsBuiltinNode {
        @Specialization
        @TruffleBoundary
        Object exit(Object[] args) {
            env().getContext().closeExited(this, (int) toLong(args[0]));
            return PNone.NONE;
        }
    }

    /** Reads a whole stream (for {@code sys.stdin}-like descriptors in tests). */
    static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
