//! The share-link decoder refuses an over-long fragment before it allocates
//! anything for it: a link of a million characters costs no more memory than
//! a short one. Counted with `stats_alloc`'s instrumented system allocator,
//! so this file is its own test binary.

use stats_alloc::{Region, StatsAlloc, INSTRUMENTED_SYSTEM};
use std::alloc::System;

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Bytes allocated while `f` runs.
fn allocated_by<T>(f: impl FnOnce() -> T) -> (usize, T) {
    let region = Region::new(GLOBAL);
    let out = f();
    (region.change().bytes_allocated, out)
}

#[test]
fn an_over_long_fragment_is_refused_before_anything_is_allocated_for_it() {
    let huge = format!("#rls={}", "A".repeat(1_000_000));
    let (bytes, result) = allocated_by(|| screening::share_link::decode(&huge));
    assert!(result.is_err());
    assert_eq!(
        bytes, 0,
        "the decoder allocated {bytes} bytes for a link it refuses"
    );

    // A link of the right length is read into bits: the count is not zero
    // for lack of counting.
    let short = format!("#rls={}", "A".repeat(26));
    let (bytes, _) = allocated_by(|| screening::share_link::decode(&short));
    assert!(bytes > 0);
}
