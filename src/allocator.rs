//! The global allocator: mimalloc, asked the plain way whenever it can be.
//!
//! The `mimalloc` crate hands every request to `mi_malloc_aligned`. In
//! mimalloc 3 that call takes the ordinary path only for blocks under
//! 1 KiB or of a power-of-two size; any other request (a document's text,
//! its token list, a growing output buffer) is over-allocated and aligned
//! by hand, at about 200 instructions a call, and each `realloc` of it
//! copies. On `extract` that was a tenth of the allocator's work.
//!
//! `mi_malloc` itself stands in for C's `malloc`, and like it returns
//! blocks aligned for any fundamental type that fits: 16 bytes, or 8 for
//! requests of 8 bytes or less. A request that asks for no more alignment
//! than that goes to the plain calls, as the standard library's own
//! `System` allocator decides for `malloc`; the rare larger alignment keeps
//! the aligned calls.

use std::alloc::{GlobalAlloc, Layout};

use libmimalloc_sys as mi;
use mimalloc::MiMalloc;

/// The alignment `mi_malloc` gives every block at least this large (`max_align_t`).
const PLAIN_ALIGN: usize = 16;

pub struct Allocator;

/// Whether a block of `size` bytes from the plain calls is aligned to `align`.
fn plain(align: usize, size: usize) -> bool {
    align <= PLAIN_ALIGN && align <= size
}

// SAFETY (for each method): the plain calls are used only where their blocks
// satisfy the layout (see `plain`); every block, from either kind of call, is
// a mimalloc block, which `mi_free` and `mi_realloc` accept.
unsafe impl GlobalAlloc for Allocator {
    #[inline]
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            unsafe { mi::mi_malloc(layout.size()).cast() }
        } else {
            unsafe { MiMalloc.alloc(layout) }
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if plain(layout.align(), layout.size()) {
            unsafe { mi::mi_zalloc(layout.size()).cast() }
        } else {
            unsafe { MiMalloc.alloc_zeroed(layout) }
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { MiMalloc.dealloc(ptr, layout) }
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if plain(layout.align(), new_size) {
            unsafe { mi::mi_realloc(ptr.cast(), new_size).cast() }
        } else {
            unsafe { MiMalloc.realloc(ptr, layout, new_size) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks of every size class and alignment are aligned and keep their
    /// bytes through growing and shrinking.
    #[test]
    fn blocks_are_aligned_and_keep_their_bytes() {
        let sizes = (1..=64).chain((65..5000).step_by(37)).chain([1 << 16, 1 << 20, 3 << 20]);
        for size in sizes {
            for align in [1, 2, 4, 8, 16, 32, 64, 4096] {
                let layout = Layout::from_size_align(size, align).unwrap();
                let aligned = |block: *mut u8| !block.is_null() && block as usize % align == 0;
                for new_size in [size / 2 + 1, size * 3 + 7] {
                    // SAFETY: each block is written within its size and freed once, with its layout.
                    unsafe {
                        let block = Allocator.alloc(layout);
                        assert!(aligned(block), "size {size}, align {align}");
                        std::ptr::write_bytes(block, 0x5a, size);
                        let moved = Allocator.realloc(block, layout, new_size);
                        assert!(aligned(moved), "size {size} to {new_size}, align {align}");
                        let kept = std::slice::from_raw_parts(moved, size.min(new_size));
                        assert!(kept.iter().all(|&b| b == 0x5a), "size {size} to {new_size}, align {align}");
                        Allocator.dealloc(moved, Layout::from_size_align(new_size, align).unwrap());
                    }
                }
                // SAFETY: as above.
                unsafe {
                    let zeroed = Allocator.alloc_zeroed(layout);
                    assert!(aligned(zeroed) && std::slice::from_raw_parts(zeroed, size).iter().all(|&b| b == 0));
                    Allocator.dealloc(zeroed, layout);
                }
            }
        }
    }
}
