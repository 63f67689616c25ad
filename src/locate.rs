//! From a JSON path back to the bytes of the file it names, so that findings made on
//! the parsed document can point at a line and column. It runs only when there is
//! something to report, so a clean load pays nothing for it.

use crate::diagnostic::{JsonPath, PathSeg};

/// The byte range of the value at `path` in `src`, or of the deepest value on the
/// way there that exists (a missing field points at its object).
///
/// This scans from the start; to locate many paths in one file use [`Locator`].
/// `None` when `src` is not JSON where the path leads.
///
/// ```
/// use negograph::diagnostic::JsonPath;
/// use negograph::locate::locate;
///
/// let src = r#"{"edges": [{"to": "a"}, {"to": "b"}]}"#;
/// let at = locate(src, &JsonPath::item("edges", 1, Some("to"))).unwrap();
/// assert_eq!(&src[at], r#""b""#);
/// // No field `by`: the edge it would be in.
/// let at = locate(src, &JsonPath::item("edges", 1, Some("by"))).unwrap();
/// assert_eq!(&src[at], r#"{"to": "b"}"#);
/// ```
pub fn locate(src: &str, path: &JsonPath) -> Option<std::ops::Range<usize>> {
    locate_from(src.as_bytes(), skip_ws(src.as_bytes(), 0), &path.0)
}

fn locate_from(b: &[u8], mut at: usize, path: &[PathSeg]) -> Option<std::ops::Range<usize>> {
    for seg in path {
        match find_child(b, at, seg) {
            Some(child) => at = child,
            None => break,
        }
    }
    let end = skip_value(b, at)?;
    Some(at..end)
}

/// How many bytes apart [`Locator`] records a running count of characters.
/// A column then costs at most this many bytes of counting, however long the
/// line: a minified file is one line of many megabytes.
const CHAR_MARK_STRIDE: usize = 1024;

/// Locates any number of paths in one file in linear time overall: one scan
/// indexes where every line and every item of the top-level lists starts, and
/// how many characters precede every 1,024th byte, after which a path costs a
/// binary search plus a scan of its own item, and a column a scan of at most
/// 1,024 bytes.
pub struct Locator {
    src: std::sync::Arc<String>,
    line_starts: Vec<usize>,
    /// `char_marks[k]`: the characters in the first `k * CHAR_MARK_STRIDE` bytes.
    char_marks: Vec<usize>,
    lists: Vec<(String, Vec<usize>)>,
}

impl Locator {
    /// Indexes `src` in one pass.
    pub fn new(src: std::sync::Arc<String>) -> Locator {
        let b = src.as_bytes();
        let mut line_starts = vec![0];
        line_starts.extend(
            b.iter()
                .enumerate()
                .filter(|&(_, &c)| c == b'\n')
                .map(|(i, _)| i + 1),
        );
        let mut char_marks = Vec::with_capacity(b.len() / CHAR_MARK_STRIDE + 1);
        let mut chars = 0;
        char_marks.push(0);
        for block in b.chunks(CHAR_MARK_STRIDE) {
            chars += count_chars(block);
            char_marks.push(chars);
        }
        let lists = index_lists(b).unwrap_or_default();
        Locator {
            src,
            line_starts,
            char_marks,
            lists,
        }
    }

    /// How many characters precede byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        let mark = offset / CHAR_MARK_STRIDE;
        let from = mark * CHAR_MARK_STRIDE;
        self.char_marks[mark] + count_chars(&self.src.as_bytes()[from..offset])
    }

    /// The byte range of the value at `path`, as [`locate()`] finds it.
    pub fn locate(&self, path: &JsonPath) -> Option<std::ops::Range<usize>> {
        let b = self.src.as_bytes();
        if let [PathSeg::Key(key), PathSeg::Index(i), rest @ ..] = path.0.as_slice()
            && let Some((_, items)) = self.lists.iter().find(|(k, _)| k == key)
            && let Some(&start) = items.get(*i)
        {
            return locate_from(b, start, rest);
        }
        locate(&self.src, path)
    }

    /// Line and column (1-based, column in characters) of a byte offset.
    ///
    /// Counting the characters from the line's start on every call made `check
    /// --json` quadratic on a one-line file (20 s for 100k warnings); the
    /// running counts make each call cost at most two strides.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.src.len());
        let line = self.line_of(offset);
        let start = self.line_starts[line];
        if !self.src.is_char_boundary(offset) {
            return (line + 1, offset - start + 1);
        }
        let column = self.chars_before(offset) - self.chars_before(start);
        (line + 1, column + 1)
    }

    /// The 0-based line holding a byte offset.
    pub fn line_of(&self, offset: usize) -> usize {
        self.line_starts.partition_point(|&s| s <= offset) - 1
    }

    /// Byte range of a 0-based line, without its newline.
    pub fn line_range(&self, line: usize) -> std::ops::Range<usize> {
        let start = self.line_starts[line];
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(self.src.len(), |&next| next - 1);
        start..end
    }

    /// The text indexed.
    pub fn text(&self) -> &str {
        &self.src
    }

    /// How many lines the text has (a last line without a newline counts).
    pub fn line_count(&self) -> usize {
        self.line_starts.len()
    }

    /// Where `path` is, as (line, column); (1, 1) when it cannot be found.
    pub fn position(&self, path: &JsonPath) -> (usize, usize) {
        self.locate(path).map_or((1, 1), |r| self.line_col(r.start))
    }
}

/// The start of every item in each top-level array (`nodes`, `edges`, ...).
fn index_lists(b: &[u8]) -> Option<Vec<(String, Vec<usize>)>> {
    let mut lists = Vec::new();
    // A key written twice (malformed, but read all the same) is the first
    // one, as the plain scan finds it: a later list under the same key is
    // not indexed, and a key whose first value is no list is left to the scan.
    let mut seen: Vec<String> = Vec::new();
    let mut i = skip_ws(b, 0);
    if b.get(i)? != &b'{' {
        return None;
    }
    i = skip_ws(b, i + 1);
    while b.get(i)? == &b'"' {
        let key_end = skip_string(b, i)?;
        let key = String::from_utf8_lossy(&b[i + 1..key_end - 1]).into_owned();
        i = skip_ws(b, key_end);
        if b.get(i)? != &b':' {
            return None;
        }
        i = skip_ws(b, i + 1);
        let end = skip_value(b, i)?;
        let first = !seen.contains(&key);
        if first {
            seen.push(key.clone());
        }
        if first && b[i] == b'[' {
            let mut items = Vec::new();
            let mut j = skip_ws(b, i + 1);
            while j < end - 1 && b[j] != b']' {
                items.push(j);
                // skip_value always moves past at least one byte, so this
                // loop ends; asserted, since a stuck scan here once pushed
                // items without end (issue 31).
                let next = skip_value(b, j)?;
                debug_assert!(next > j);
                j = skip_ws(b, next);
                if b.get(j)? == &b',' {
                    j = skip_ws(b, j + 1);
                }
            }
            lists.push((key, items));
        }
        i = skip_ws(b, end);
        if b.get(i)? == &b',' {
            i = skip_ws(b, i + 1);
        }
    }
    Some(lists)
}

/// The characters in UTF-8 bytes: every byte that does not continue a character
/// starts one. Counting bytes, not `char`s, lets a block end mid-character.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
}

/// Line and column (both 1-based, column in characters) of a byte offset.
pub fn line_col(src: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(src.len());
    let before = &src.as_bytes()[..offset];
    let line = memchr::memchr_iter(b'\n', before).count() + 1;
    let line_start = before
        .iter()
        .rposition(|&c| c == b'\n')
        .map_or(0, |p| p + 1);
    let column = src
        .get(line_start..offset)
        .map_or(offset - line_start, |s| s.chars().count())
        + 1;
    (line, column)
}

/// The byte offset of a 1-based line and column as `serde_json` reports them.
pub fn offset_of(src: &str, line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match src[start..].find('\n') {
            Some(p) => start += p + 1,
            None => return src.len(),
        }
    }
    // serde_json counts columns in bytes; clamp to a char boundary.
    let mut at = (start + column.saturating_sub(1)).min(src.len());
    while !src.is_char_boundary(at) {
        at -= 1;
    }
    at
}

fn find_child(b: &[u8], at: usize, seg: &PathSeg) -> Option<usize> {
    match (seg, b.get(at)?) {
        (PathSeg::Key(key), b'{') => {
            let mut i = skip_ws(b, at + 1);
            while b.get(i)? == &b'"' {
                let key_end = skip_string(b, i)?;
                let name = &b[i + 1..key_end - 1];
                i = skip_ws(b, key_end);
                if b.get(i)? != &b':' {
                    return None;
                }
                i = skip_ws(b, i + 1);
                if name == key.as_bytes() {
                    return Some(i);
                }
                i = skip_ws(b, skip_value(b, i)?);
                if b.get(i)? == &b',' {
                    i = skip_ws(b, i + 1);
                }
            }
            None
        }
        (PathSeg::Index(n), b'[') => {
            let mut i = skip_ws(b, at + 1);
            for _ in 0..*n {
                if b.get(i)? == &b']' {
                    return None;
                }
                i = skip_ws(b, skip_value(b, i)?);
                if b.get(i)? == &b',' {
                    i = skip_ws(b, i + 1);
                }
            }
            (b.get(i)? != &b']').then_some(i)
        }
        _ => None,
    }
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

fn skip_string(b: &[u8], at: usize) -> Option<usize> {
    let mut i = at + 1;
    while i < b.len() {
        match b[i] {
            b'\\' => i += 2,
            b'"' => return Some(i + 1),
            _ => i += 1,
        }
    }
    None
}

/// The end of the value starting at `at`. Iterative, so deep nesting cannot overflow.
fn skip_value(b: &[u8], at: usize) -> Option<usize> {
    match b.get(at)? {
        b'"' => skip_string(b, at),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut i = at;
            while i < b.len() {
                match b[i] {
                    b'"' => {
                        i = skip_string(b, i)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(i + 1);
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            None
        }
        _ => {
            let mut i = at;
            while i < b.len() && !matches!(b[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
            {
                i += 1;
            }
            // A value is never empty: where a `}` or `,` stands in place of
            // one (malformed input) there is no value, and answering "it ends
            // where it starts" left the callers' loops standing still.
            (i > at).then_some(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nested_values() {
        let src =
            "{\"a\": 1, \"edges\": [ {\"to\": \"x\"}, {\"from\": \"y\", \"to\": \"z\\\"\"} ]}";
        let path = JsonPath::root().key("edges").index(1).key("to");
        let r = locate(src, &path).unwrap();
        assert_eq!(&src[r], "\"z\\\"\"");
        let locator = Locator::new(std::sync::Arc::new(src.to_owned()));
        assert_eq!(locator.locate(&path), locate(src, &path));
        let missing = JsonPath::root().key("edges").index(0).key("by");
        assert_eq!(locator.locate(&missing), locate(src, &missing));
        assert_eq!(&src[locate(src, &missing).unwrap()], "{\"to\": \"x\"}");
        let past_end = JsonPath::root().key("edges").index(5);
        assert!(src[locate(src, &past_end).unwrap()].starts_with("[ {"));
    }

    #[test]
    fn a_key_written_twice_is_its_first_as_the_scan_reads_it() {
        // Found by fuzzing the locator against the scan: the first `id` is
        // no list, the second is; both must name the first.
        let src = "{\"id\"\t:z[\n\r\"id\"\t:[\n\rk\n!]]}";
        let path = JsonPath::root().key("id").index(0);
        let indexed = Locator::new(std::sync::Arc::new(src.to_owned())).locate(&path);
        assert_eq!(indexed, locate(src, &path));
        assert_eq!(indexed, Some(7..9));
    }

    #[test]
    fn a_brace_where_an_item_should_be_ends_the_scan() {
        // Issue 31: the scan of `x"}"` stopped at the `}` and never moved on.
        let src = "{\"nodes\": [x\"}\"]}\n";
        let locator = Locator::new(std::sync::Arc::new(src.to_owned()));
        assert!(locator.lists.iter().all(|(_, items)| items.len() <= 2));
        assert!(
            locator
                .locate(&JsonPath::item("nodes", 3, Some("id")))
                .is_some()
        );
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2_000))]
        /// Any text made of JSON's structural bytes and a few others: the
        /// index and every lookup end, and the index holds at most one item
        /// per byte (a scan that stands still grows it without bound).
        #[test]
        fn the_locator_ends_on_any_text(tail in "[{}\\[\\]\",:x1 \\\\]{0,48}") {
            let src = format!("{{\"nodes\": [{tail}");
            let locator = Locator::new(std::sync::Arc::new(src.clone()));
            let items: usize = locator.lists.iter().map(|(_, i)| i.len()).sum();
            proptest::prop_assert!(items <= src.len());
            for i in 0..4 {
                let path = JsonPath::item("nodes", i, Some("id"));
                if let Some(r) = locator.locate(&path) {
                    proptest::prop_assert!(r.end <= src.len());
                }
            }
        }
    }

    #[test]
    fn line_and_column_count_characters() {
        let src = "{\n  \"ü\": \"x\"\n}";
        let at = src.find("\"x\"").unwrap();
        assert_eq!(line_col(src, at), (2, 8));
        assert_eq!(offset_of(src, 2, 3), src.find("\"ü\"").unwrap());
    }

    #[test]
    fn the_locator_counts_columns_like_a_plain_scan_across_strides() {
        // Long lines of characters of every width, so marks fall inside
        // characters and lines span several strides.
        let src: String = (0..3 * CHAR_MARK_STRIDE)
            .map(|i| {
                if i % 5000 == 4999 {
                    '\n'
                } else {
                    ['a', 'ü', '€', '𝄞'][i % 4]
                }
            })
            .collect();
        let locator = Locator::new(std::sync::Arc::new(src.clone()));
        for (offset, _) in src.char_indices().step_by(37).chain([(src.len(), ' ')]) {
            assert_eq!(locator.line_col(offset), line_col(&src, offset), "{offset}");
        }
    }

    #[test]
    fn columns_on_a_one_line_file_cost_a_stride_not_the_line() {
        // Counting from the line's start each time costs 10,000 x 16 MiB here
        // (minutes); from the nearest mark, 10,000 x 2 KiB.
        let src = "a".repeat(16 << 20);
        let start = std::time::Instant::now();
        let locator = Locator::new(std::sync::Arc::new(src));
        for i in 0..10_000 {
            let offset = (16 << 20) - 1 - i * 7;
            assert_eq!(locator.line_col(offset), (1, offset + 1));
        }
        let took = start.elapsed();
        assert!(took < std::time::Duration::from_secs(10), "{took:?}");
    }
}
