//! A global allocator that overwrites memory with zeros when it is freed (issue 13).
//!
//! After a lock, the data key is zeroed by its own type, but the case data it decrypted went
//! through many short-lived buffers — serde's strings, IPC messages, PDF pages — that the system
//! allocator frees without clearing: a memory image taken after the lock found a case's name
//! 18–20 times in the app process, in freed heap. With this allocator every block Rust frees is
//! zeroed first, so what the session read leaves no copy in Rust's freed memory. SQLite's and
//! WebKit's own allocations do not go through it (docs/vault-operations.md gives the figures).
//!
//! The front ends (`passerelle`, `passerelle-cli`) install it:
//!
//! ```ignore
//! #[global_allocator]
//! static ALLOCATOR: passerelle_core::app::process::ZeroOnFree = passerelle_core::app::process::ZeroOnFree::new();
//! ```
//!
//! Cost: one `memset` per freed block, and a copy on every `realloc` (the block never grows in
//! place, where the system would leave the old bytes behind when it moves). Measured by
//! `cargo bench -p passerelle-core --bench zero_on_free` against the system allocator in the same
//! run (docs/benchmarks.md).

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicBool, Ordering};

/// An allocator (the system's unless said otherwise), with every freed block zeroed first.
pub struct ZeroOnFree<A: GlobalAlloc = System> {
    inner: A,
    zeroing: AtomicBool,
}

impl ZeroOnFree<System> {
    /// The system allocator, zeroing on.
    #[must_use]
    pub const fn new() -> Self {
        Self::wrapping(System)
    }
}

impl<A: GlobalAlloc> ZeroOnFree<A> {
    /// `inner`, zeroing on.
    pub const fn wrapping(inner: A) -> Self {
        ZeroOnFree {
            inner,
            zeroing: AtomicBool::new(true),
        }
    }

    /// Turns zeroing on or off: only the benchmark turns it off, to measure its cost against the
    /// plain system allocator in one run.
    pub fn set_zeroing(&self, on: bool) {
        self.zeroing.store(on, Ordering::Relaxed);
    }
}

impl Default for ZeroOnFree<System> {
    fn default() -> Self {
        Self::new()
    }
}

// SAFETY: every block comes from `inner` with the caller's layout and goes back to it with the
// same layout; zeroing writes only inside the block being freed, which the caller owns until
// `dealloc` returns. `realloc` is the trait's default (allocate, copy, `dealloc`), which is
// correct for any `alloc`/`dealloc` pair.
unsafe impl<A: GlobalAlloc> GlobalAlloc for ZeroOnFree<A> {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.inner.alloc(layout) }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract, passed on.
        unsafe { self.inner.alloc_zeroed(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if self.zeroing.load(Ordering::Relaxed) {
            // SAFETY: `ptr` is a live block of `layout.size()` bytes owned by the caller.
            unsafe { std::ptr::write_bytes(ptr, 0, layout.size()) };
            // The block is freed next: without this the compiler may drop the stores as dead.
            std::hint::black_box(ptr);
        }
        // SAFETY: the caller's contract, passed on.
        unsafe { self.inner.dealloc(ptr, layout) }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::AtomicUsize;

    use super::*;

    /// The system allocator, counting the blocks that come back to it not all zero.
    #[derive(Default)]
    struct Inspecting {
        freed_dirty: AtomicUsize,
        freed: AtomicUsize,
    }

    // SAFETY: `System`'s, with a read of the block before it is freed.
    unsafe impl GlobalAlloc for Inspecting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            unsafe { System.alloc(layout) }
        }
        unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
            // SAFETY: the block is still live here.
            let bytes = unsafe { std::slice::from_raw_parts(ptr, layout.size()) };
            if bytes.iter().any(|b| *b != 0) {
                self.freed_dirty.fetch_add(1, Ordering::Relaxed);
            }
            self.freed.fetch_add(1, Ordering::Relaxed);
            unsafe { System.dealloc(ptr, layout) }
        }
    }

    /// A secret-like block written, grown (moved by `realloc`) and freed through `allocator`.
    fn write_grow_free(allocator: &ZeroOnFree<Inspecting>) {
        let small = Layout::from_size_align(64, 8).unwrap();
        // SAFETY: blocks of this allocator, each used within its size and freed once.
        unsafe {
            let ptr = allocator.alloc(small);
            assert!(!ptr.is_null());
            std::ptr::write_bytes(ptr, 0xAB, 64);
            let grown = allocator.realloc(ptr, small, 4096);
            assert!(!grown.is_null());
            assert_eq!(*grown.add(63), 0xAB, "realloc kept the contents");
            allocator.dealloc(grown, Layout::from_size_align(4096, 8).unwrap());
        }
    }

    #[test]
    fn every_block_goes_back_zeroed_even_the_one_a_realloc_left_behind() {
        let allocator = ZeroOnFree::wrapping(Inspecting::default());
        write_grow_free(&allocator);
        assert_eq!(allocator.inner.freed.load(Ordering::Relaxed), 2);
        assert_eq!(allocator.inner.freed_dirty.load(Ordering::Relaxed), 0);
    }

    #[test]
    fn with_zeroing_off_the_blocks_go_back_as_they_were() {
        // The inspection sees dirty blocks when nothing zeroes them: the test above can fail.
        let allocator = ZeroOnFree::wrapping(Inspecting::default());
        allocator.set_zeroing(false);
        write_grow_free(&allocator);
        assert_eq!(allocator.inner.freed_dirty.load(Ordering::Relaxed), 2);
    }
}
