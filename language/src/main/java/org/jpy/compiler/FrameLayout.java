package org.jpy.compiler;

import java.util.HashMap;
import java.util.Map;

import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.FrameSlotKind;

/**
 * The frame of one root node (module, class body, function, lambda, generator expression): a slot per fast local
 * in {@code co_varnames} order first (so the calling convention's bound arguments land in slots 0..n-1), then
 * the cells and free variables (slots holding {@code PCell}s), then fixed bookkeeping slots, then temporaries the
 * translator asks for (iterators of inlined comprehensions, saved exceptions, {@code with} exit methods, generator
 * resume state). Slots start {@link FrameSlotKind#Illegal} so reads and writes can speculate on
 * {@code long}/{@code double}/{@code boolean}; an unbound local is a {@code null} object.
 */
public final class FrameLayout {
    private final FrameDescriptor.Builder builder = FrameDescriptor.newBuilder();
    private final Map<String, Integer> nameSlots = new HashMap<>();
    private final Map<String, Integer> cellSlots = new HashMap<>();
    private int slotCount;
    private FrameDescriptor descriptor;

    /** Adds the slot of a fast local; the first call for each parameter must follow co_varnames order. */
    public int addLocal(String name) {
        Integer existing = nameSlots.get(name);
        if (existing != null) {
            return existing;
        }
        int slot = addSlot(FrameSlotKind.Illegal, name);
        nameSlots.put(name, slot);
        return slot;
    }

    /** Adds (or returns) the slot holding the cell of {@code name} (a cell or free variable). */
    public int addCell(String name) {
        Integer existing = cellSlots.get(name);
        if (existing != null) {
            return existing;
        }
        Integer local = nameSlots.get(name);
        if (local != null) {
            // A parameter that inner scopes capture: the cell replaces the value in its slot after binding.
            cellSlots.put(name, local);
            return local;
        }
        int slot = addSlot(FrameSlotKind.Object, name);
        cellSlots.put(name, slot);
        return slot;
    }

    /** A fresh anonymous slot (never shared), for translator temporaries and inlined-comprehension variables. */
    public int addTemp(String debugName) {
        return addSlot(FrameSlotKind.Illegal, debugName);
    }

    /** A fresh anonymous slot that always holds objects (no kind speculation: e.g. iterators, saved state). */
    public int addObjectTemp(String debugName) {
        return addSlot(FrameSlotKind.Object, debugName);
    }

    public Integer getLocalSlot(String name) {
        return nameSlots.get(name);
    }

    public Integer getCellSlot(String name) {
        return cellSlots.get(name);
    }

    public int getSlotCount() {
        return slotCount;
    }

    private int addSlot(FrameSlotKind kind, String name) {
        if (descriptor != null) {
            throw new IllegalStateException("frame layout already built");
        }
        slotCount++;
        return builder.addSlot(kind, name, null);
    }

    public FrameDescriptor build() {
        if (descriptor == null) {
            descriptor = builder.build();
        }
        return descriptor;
    }
}
