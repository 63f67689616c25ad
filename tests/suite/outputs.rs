//! Files outside the graph are never damaged: `-o` and edits write into
//! devices and FIFOs rather than replacing them, write through symbolic
//! links, keep modes, refuse files the user could not write, and clean up
//! the temporary files of killed writers.

#![cfg(unix)]

use crate::common;

use std::fs::{self, File};
use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use common::{builtin_graph_path, negograph};
use predicates::prelude::*;

fn mode(path: &Path) -> u32 {
    fs::metadata(path).unwrap().permissions().mode() & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    fs::set_permissions(path, fs::Permissions::from_mode(mode)).unwrap();
}

/// A temp dir holding a copy of the shipped graph as `g.json`.
fn graph_copy() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("g.json");
    fs::copy(builtin_graph_path(), &path).unwrap();
    (dir, path)
}

/// Whether `path` is a symbolic link (not what it leads to).
fn is_link(path: &Path) -> bool {
    fs::symlink_metadata(path).unwrap().file_type().is_symlink()
}

/// Whether `path` is still a character device (not a file renamed over it).
fn is_device(path: &str) -> bool {
    fs::symlink_metadata(path)
        .unwrap()
        .file_type()
        .is_char_device()
}

/// An edit the shipped graph always takes: adding a party (with `more` flags).
fn add_party(graph: &Path, more: &[&str]) -> assert_cmd::assert::Assert {
    negograph()
        .arg("-f")
        .arg(graph)
        .args(["add", "party", "turkey", "--label", "Türkiye"])
        .args(more)
        .assert()
}

/// In `dir`, `real.EXT` holding "old" with mode 0640, and the symbolic link
/// `link.EXT` to it: (target, link).
fn linked_file(dir: &Path, ext: &str) -> (PathBuf, PathBuf) {
    let target = dir.join(format!("real.{ext}"));
    let link = dir.join(format!("link.{ext}"));
    fs::write(&target, "old").unwrap();
    set_mode(&target, 0o640);
    std::os::unix::fs::symlink(format!("real.{ext}"), &link).unwrap();
    (target, link)
}

/// The names in a directory, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    names.sort();
    names
}

#[cfg(target_os = "linux")]
#[test]
fn dot_onto_a_full_device_fails_and_leaves_the_device() {
    // As root, `dot -o /dev/full` renamed a regular file over the device
    // and exited 0. A device is written into; /dev/full refuses every byte.
    negograph()
        .args(["dot", "-o", "/dev/full"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("cannot write /dev/full"))
        .stderr(predicate::str::contains("No space left on device"));
    negograph()
        .args(["dot", "-o", "/dev/null"])
        .assert()
        .success();
    for device in ["/dev/full", "/dev/null"] {
        assert!(is_device(device), "{device} was replaced");
    }
}

#[test]
fn output_onto_a_fifo_is_written_into_it() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("out.dot");
    let made = Command::new("mkfifo").arg(&fifo).status().unwrap();
    assert!(made.success(), "mkfifo");
    let reader = Command::new("cat")
        .arg(&fifo)
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    negograph()
        .args(["dot", "-o"])
        .arg(&fifo)
        .timeout(Duration::from_secs(60))
        .assert()
        .success();
    // A FIFO that was replaced never gets a writer: stop its reader then.
    let started = Instant::now();
    let mut reader = reader;
    while reader.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(30) {
            let _ = reader.kill();
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let got = reader.wait_with_output().unwrap().stdout;
    assert!(
        fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(),
        "the FIFO was replaced"
    );
    assert!(
        got.starts_with(b"digraph negograph {"),
        "the reader got the DOT"
    );
    assert_eq!(names(dir.path()), ["out.dot"]);
}

#[test]
fn output_through_a_symlink_replaces_its_target_and_keeps_the_link() {
    // The link used to become a regular file of mode 0777, the target untouched.
    let dir = tempfile::tempdir().unwrap();
    let (target, link) = linked_file(dir.path(), "dot");
    negograph()
        .args(["dot", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(is_link(&link));
    assert_eq!(fs::read_link(&link).unwrap(), Path::new("real.dot"));
    assert!(fs::read_to_string(&target).unwrap().starts_with("digraph"));
    assert_eq!(mode(&target), 0o640);
    // A link to a file not there yet creates it, as a shell's `>` does.
    let ahead = dir.path().join("ahead.dot");
    std::os::unix::fs::symlink("sub/new.dot", &ahead).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    negograph()
        .args(["dot", "-o"])
        .arg(&ahead)
        .assert()
        .success();
    assert!(is_link(&ahead));
    assert!(
        fs::read_to_string(dir.path().join("sub/new.dot"))
            .unwrap()
            .starts_with("digraph")
    );
    assert_eq!(
        names(dir.path()),
        ["ahead.dot", "link.dot", "real.dot", "sub"]
    );
}

#[test]
fn editing_through_a_symlink_edits_the_target_and_keeps_the_link() {
    // The link used to become a regular file of mode 0777 holding the edit,
    // the real graph unchanged.
    let (dir, real) = graph_copy();
    set_mode(&real, 0o600);
    let link = dir.path().join("link.json");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    add_party(&link, &[]).success();
    assert!(is_link(&link));
    assert!(fs::read_to_string(&real).unwrap().contains("\"turkey\""));
    assert_eq!(mode(&real), 0o600);
    assert_eq!(names(dir.path()), ["g.json", "link.json"]);
}

#[test]
fn a_read_only_graph_is_not_edited() {
    // Renaming over it needs only the directory's permission: it used to be
    // edited anyway.
    let (dir, path) = graph_copy();
    set_mode(&path, 0o444);
    let before = fs::read(&path).unwrap();
    add_party(&path, &[])
        .code(2)
        .stderr(predicate::str::contains("cannot write"))
        .stderr(predicate::str::contains("read-only (mode 0444)"))
        .stderr(predicate::str::contains("chmod u+w"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(mode(&path), 0o444);
    // Looking at what the edit would do writes nothing, so it is allowed.
    add_party(&path, &["--dry-run"]).success();
    // An output file too.
    let out = dir.path().join("out.dot");
    fs::write(&out, "keep").unwrap();
    set_mode(&out, 0o444);
    negograph().args(["dot", "-o"]).arg(&out).assert().code(2);
    assert_eq!(fs::read_to_string(&out).unwrap(), "keep");
    assert_eq!(names(dir.path()), ["g.json", "out.dot"]);
}

/// Runs a binary this test has just copied. While the copy was being written,
/// another test's thread may have forked a child that still holds the
/// copy's write handle until it execs; running the copy then fails with
/// "text file busy" (ETXTBSY). That lasts as long as a fork, so it is waited
/// out, a bounded number of times; any other error fails the test.
fn output_of_fresh_binary(cmd: &mut Command) -> std::process::Output {
    const ETXTBSY: i32 = 26;
    for _ in 0..100 {
        match cmd.output() {
            Err(e) if e.raw_os_error() == Some(ETXTBSY) => {
                std::thread::sleep(Duration::from_millis(20));
            }
            other => return other.unwrap(),
        }
    }
    panic!("the copied binary stayed busy for 2 s")
}

#[test]
fn a_file_the_user_could_not_open_for_writing_is_not_replaced() {
    // An unprivileged user could replace a root-owned 0644 file in a
    // directory it may write to. As root, that is what this test does, as
    // user 65534 ("nobody"); as another user, which cannot make a file
    // someone else owns, it uses its own file that only its group may write
    // (mode 0464): either way opening the file for writing is refused while
    // the directory allows a rename.
    let dir = tempfile::tempdir().unwrap();
    set_mode(dir.path(), 0o777);
    let file = dir.path().join("owned.dot");
    fs::write(&file, "keep").unwrap();
    let root = fs::metadata(&file).unwrap().uid() == 0;
    // The binary, where the other user may run it.
    let bin = dir.path().join("negograph");
    fs::copy(assert_cmd::cargo::cargo_bin("negograph"), &bin).unwrap();
    set_mode(&bin, 0o755);
    let mut cmd = Command::new(&bin);
    cmd.env("NO_COLOR", "1").arg("dot").arg("-o").arg(&file);
    if root {
        use std::os::unix::process::CommandExt;
        set_mode(&file, 0o644);
        cmd.uid(65534).gid(65534);
    } else {
        set_mode(&file, 0o464);
    }
    let out = output_of_fresh_binary(&mut cmd);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("could not open for writing"), "{stderr}");
    assert_eq!(fs::read_to_string(&file).unwrap(), "keep");
    assert_eq!(names(dir.path()), ["negograph", "owned.dot"]);
}

#[test]
fn a_killed_writers_temporary_file_is_removed_by_the_next_write() {
    // Temporary files left by killed writers used to pile up forever. One
    // is what such a writer leaves: its name, and no writer holding it.
    let (dir, path) = graph_copy();
    let stale = dir.path().join(".g.json.negograph-k1lLed.tmp");
    fs::write(&stale, "{ half a file").unwrap();
    // One a live writer holds (locked) is in use, and stays.
    let live = dir.path().join(".g.json.negograph-Alive0.tmp");
    let held = File::create(&live).unwrap();
    held.lock().unwrap();
    // And what merely looks alike is someone else's.
    let other = dir.path().join(".g.json.swp");
    fs::write(&other, "vim").unwrap();
    add_party(&path, &[]).success();
    assert_eq!(
        names(dir.path()),
        [".g.json.negograph-Alive0.tmp", ".g.json.swp", "g.json"]
    );
    drop(held);
}

#[test]
fn a_new_output_gets_the_mode_new_files_get() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("new.dot");
    negograph().args(["dot", "-o"]).arg(&out).assert().success();
    // 0666 less the umask: readable by all under the usual umasks, never
    // the 0600 of a temporary file.
    assert_eq!(mode(&out) & 0o600, 0o600);
    assert_eq!(mode(&out) & 0o111, 0);
    let new_file_mode = {
        let probe = dir.path().join("probe");
        fs::File::create(&probe).unwrap();
        mode(&probe)
    };
    assert_eq!(mode(&out), new_file_mode);
}

#[test]
fn exports_write_through_links_and_into_devices_too() {
    let dir = tempfile::tempdir().unwrap();
    let (target, link) = linked_file(dir.path(), "graphml");
    negograph()
        .args(["export", "--format", "graphml", "--force", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(is_link(&link));
    assert!(fs::read_to_string(&target).unwrap().contains("<graphml"));
    assert_eq!(mode(&target), 0o640);
    assert_eq!(names(dir.path()), ["link.graphml", "real.graphml"]);
    #[cfg(target_os = "linux")]
    {
        negograph()
            .args([
                "export",
                "--format",
                "graphml",
                "--force",
                "-o",
                "/dev/full",
            ])
            .assert()
            .code(2)
            .stderr(predicate::str::contains("No space left on device"));
        assert!(is_device("/dev/full"), "/dev/full was replaced");
    }
}
