//! One small stable sort for the app's lists.
//!
//! Why not `slice::sort_by`: the standard stable sort is about 3 KB of
//! wasm for every element type it is used with. The lists sorted here are
//! short (ranked sources) or already nearly in order (sessions and entries
//! are appended as they happen), where insertion sort is linear anyway.

/// Sorts `v` so that no element is `less` than the one before it; equal
/// elements keep their order.
pub fn sort_by<T>(v: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && less(&v[j], &v[j - 1]) {
            v.swap(j, j - 1);
            j -= 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_order_as_the_standard_stable_sort(v in prop::collection::vec((0u8..8, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            super::sort_by(&mut ours, |a, b| a.0 < b.0);
            let mut std = v;
            std.sort_by_key(|x| x.0);
            prop_assert_eq!(ours, std);
        }
    }
}
