#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| passerelle_tests::fuzz::sealed_header(data));
