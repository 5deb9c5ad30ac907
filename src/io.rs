//! Reading inputs (bounded in size, decoded) and writing outputs atomically.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::formats::docx;
use crate::text::decode::{self, Decoded, Encoding, EncodingChoice, LineEnding};

/// The largest input amend reads: 32 MiB, well above the longest code (the Civil Code is ~0.3 MB).
pub const MAX_INPUT_BYTES: u64 = 32 * 1024 * 1024;

/// A decoded input file.
#[derive(Debug, Clone)]
pub struct Input {
    pub path: PathBuf,
    pub decoded: Decoded,
    /// What reading did that a user should know, one sentence each (for a Word document: tracked
    /// changes accepted, automatic numbers written out…); empty for a text file.
    pub notes: Vec<String>,
}

impl Input {
    pub fn text(&self) -> &str {
        &self.decoded.text
    }

    /// The decoded text, for a document that keeps it as its source.
    pub fn into_text(self) -> arcstr::ArcStr {
        self.decoded.text
    }
}

/// A file's name as outputs show it: its last component (the whole path when it has none).
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned())
}

/// Reads and decodes `path`, refusing files over [`MAX_INPUT_BYTES`].
pub fn read_input(path: &Path, encoding: EncodingChoice) -> Result<Input> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if meta.is_dir() {
        return Err(Error::Message(format!("{}: is a directory, not a file", path.display())));
    }
    if meta.len() > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { path: path.into(), size: meta.len(), limit: MAX_INPUT_BYTES });
    }
    // nearly every file is plain UTF-8: read straight into the text the document will share
    if matches!(encoding, EncodingChoice::Auto | EncodingChoice::Utf8) {
        let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        // (a Word file is never plain text: its signature holds control characters)
        if let Some(decoded) = decode::read_plain(&mut file, meta.len() as usize).map_err(|e| Error::io(path, e))? {
            return Ok(Input { path: path.into(), decoded, notes: Vec::new() });
        }
    }
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(Error::TooLarge { path: path.into(), size: bytes.len() as u64, limit: MAX_INPUT_BYTES });
    }
    decode_bytes(path, &bytes, encoding)
}

/// Decodes bytes that belong to `path` (for inputs that are not files, such as embedded ones).
///
/// What the bytes are decides, not the file's name: a zip archive (a .docx) is read as a Word
/// document, its text as Word shows it (`encoding` does not apply); an OLE2 compound file (an
/// encrypted .docx or an old .doc) is refused with a message that says so; anything else is text.
pub fn decode_bytes(path: &Path, bytes: &[u8], encoding: EncodingChoice) -> Result<Input> {
    if docx::read::is_zip(bytes) || docx::read::is_ole2(bytes) {
        let read = docx::read::read(bytes).map_err(|source| Error::Docx { path: path.into(), source })?;
        let decoded = Decoded { text: read.text.into(), encoding: Encoding::Docx, line_ending: LineEnding::Lf };
        return Ok(Input { path: path.into(), decoded, notes: read.notes });
    }
    let decoded = decode::decode(bytes, encoding).map_err(|source| Error::Decode { path: path.into(), source })?;
    Ok(Input { path: path.into(), decoded, notes: Vec::new() })
}

/// Writes `contents` to `path` atomically: a temporary file in the same directory, then a rename.
/// Refuses to overwrite any of `inputs`; a missing directory is an error, not created.
pub fn write_atomic(path: &Path, contents: &[u8], inputs: &[&Path]) -> Result<()> {
    write_all_atomic(&[(path, contents)], inputs)
}

/// Writes several files, all or none: every file is first written to a temporary file beside it
/// (any error stops there, leaving nothing), then each is renamed into place. Refuses to overwrite
/// any of `inputs`.
pub fn write_all_atomic(files: &[(&Path, &[u8])], inputs: &[&Path]) -> Result<()> {
    let mut staged = Vec::with_capacity(files.len());
    for &(path, contents) in files {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if !dir.is_dir() {
            return Err(Error::NoOutputDir { path: path.into() });
        }
        if let Ok(out) = path.canonicalize()
            && inputs.iter().any(|i| i.canonicalize().is_ok_and(|i| i == out))
        {
            return Err(Error::OutputIsInput { path: path.into() });
        }
        let mut tmp = temp_file(&dir).map_err(|e| Error::io(&dir, e))?;
        tmp.write_all(contents).map_err(|e| Error::io(path, e))?;
        tmp.as_file().sync_all().map_err(|e| Error::io(path, e))?;
        staged.push((tmp, path));
    }
    for (tmp, path) in staged {
        tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    }
    Ok(())
}

/// A temporary file beside the output. On Unix it is created with mode 0666, which the process's
/// umask narrows as for any new file (0644 under the usual 022): the output is readable by others as
/// a file written by any other tool would be, not 0600 as temporary files are by default.
fn temp_file(dir: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let mut builder = tempfile::Builder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_refuses_inputs_and_missing_dirs() {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in.txt");
        std::fs::write(&input, "第一条 甲。").unwrap();
        let err = write_atomic(&input, b"x", &[&input]).unwrap_err();
        assert!(matches!(err, Error::OutputIsInput { .. }));
        assert_eq!(std::fs::read_to_string(&input).unwrap(), "第一条 甲。");
        let missing = dir.path().join("nope/out.txt");
        assert!(matches!(write_atomic(&missing, b"x", &[]), Err(Error::NoOutputDir { .. })));
        let out = dir.path().join("out.txt");
        write_atomic(&out, "乙".as_bytes(), &[&input]).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "乙");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 2, "no temporary file left behind");
    }

    /// An output gets the permissions a new file gets: 0666 narrowed by the umask (read from
    /// /proc/self/status, where Linux gives it), not the 0600 of temporary files.
    #[cfg(target_os = "linux")]
    #[test]
    fn outputs_get_the_permissions_of_a_new_file() {
        use std::os::unix::fs::PermissionsExt;
        let status = std::fs::read_to_string("/proc/self/status").unwrap();
        let umask = status
            .lines()
            .find_map(|l| l.strip_prefix("Umask:"))
            .map(|v| u32::from_str_radix(v.trim(), 8).unwrap())
            .expect("Linux reports the umask");
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("out.txt");
        write_atomic(&out, "甲".as_bytes(), &[]).unwrap();
        let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o666 & !umask, "mode {mode:o} under umask {umask:o}");
    }
}
