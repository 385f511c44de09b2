package org.jpy.modules.thread;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The state of a {@code _thread.RLock}: owned and reentrant, so a {@link ReentrantLock} fits exactly; the Python-visible
 * count and owner (for {@code repr} and {@code _is_owned}) come from it. Ownership is per Java thread, which is per
 * Python thread.
 */
public final class PythonRLock {
    private final ReentrantLock lock = new ReentrantLock();

    public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
        if (!blocking) {
            return lock.tryLock();
        }
        if (timeoutSeconds < 0) {
            lock.lockInterruptibly();
            return true;
        }
        long nanos = (long) Math.min(timeoutSeconds * 1e9, (double) Long.MAX_VALUE);
        return lock.tryLock(nanos, TimeUnit.NANOSECONDS);
    }

    /** @return false if the current thread does not own it ({@code RuntimeError: cannot release un-acquired lock}) */
    public boolean release() {
        if (!lock.isHeldByCurrentThread()) {
            return false;
        }
        lock.unlock();
        return true;
    }

    public boolean isOwned() {
        return lock.isHeldByCurrentThread();
    }

    public int count() {
        return lock.getHoldCount();
    }

    public boolean isLocked() {
        return lock.isLocked();
    }

    /** {@code _release_save}: fully releases, returning the count to restore with {@link #acquireRestore}. */
    public int releaseSave() {
        int count = lock.getHoldCount();
        for (int i = 0; i < count; i++) {
            lock.unlock();
        }
        return count;
    }

    public void acquireRestore(int count) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            lock.lockInterruptibly();
        }
    }
}
