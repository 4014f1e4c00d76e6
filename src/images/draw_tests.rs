use super::*;

#[test]
fn a_note_wraps_between_words_within_the_width() {
    let typeface = Typeface::bundled().unwrap();
    let text = "Also an observer since 2013, without territory: the Parliamentary Assembly of the Union State";
    let lines = wrap(text, 200.0, 12.0, &typeface);
    assert!(lines.len() >= 3, "{lines:?}");
    assert!(lines.iter().all(|line| typeface.width(line, 12.0) <= 200.0), "{lines:?}");
    assert_eq!(lines.join(" "), text);
}
