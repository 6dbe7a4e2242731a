//! The checksum that ends every payload.

/// The checksum's width: CRC-12.
pub(super) const CHECK_BITS: u32 = 12;

/// CRC-12 (polynomial 0x80F) over a bit sequence: detects every error
/// burst of up to 12 bits, so any one changed character is always caught.
pub(super) fn crc12(bits: &[bool]) -> u32 {
    let mut crc: u32 = 0;
    for &b in bits {
        let top = ((crc >> 11) & 1 == 1) ^ b;
        crc = (crc << 1) & 0xFFF;
        if top {
            crc ^= 0x80F;
        }
    }
    crc
}
