package org.jpy.modules.thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The state of a {@code _thread.lock}: a binary semaphore, because a Python lock has no owner (any thread may release
 * it) and must not be reentrant. Blocking waits are interruptible so that the runtime can deliver safepoint actions;
 * the module decides what an interrupt means (it retries after running pending actions).
 */
public final class PythonLock {
    private final Semaphore semaphore = new Semaphore(1);

    /**
     * {@code acquire(blocking, timeout)}: {@code timeoutSeconds < 0} waits forever.
     *
     * @throws InterruptedException if the waiting thread is interrupted
     */
    public boolean acquire(boolean blocking, double timeoutSeconds) throws InterruptedException {
        if (!blocking) {
            return semaphore.tryAcquire();
        }
        if (timeoutSeconds < 0) {
            semaphore.acquire();
            return true;
        }
        long nanos = (long) Math.min(timeoutSeconds * 1e9, (double) Long.MAX_VALUE);
        return semaphore.tryAcquire(nanos, TimeUnit.NANOSECONDS);
    }

    /** @return false if the lock was not locked ({@code RuntimeError: release unlocked lock}) */
    public boolean release() {
        synchronized (this) {
            if (semaphore.availablePermits() > 0) {
                return false;
            }
            semaphore.release();
            return true;
        }
    }

    public boolean isLocked() {
        return semaphore.availablePermits() == 0;
    }

    /** {@code _at_fork_reinit}: back to unlocked whoever holds it. */
    public void reinit() {
        synchronized (this) {
            semaphore.drainPermits();
            semaphore.release();
        }
    }
}
