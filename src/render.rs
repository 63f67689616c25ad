//! Pictures from DOT, by Graphviz's `dot` program, bounded in time and memory.
//!
//! There is no pure-Rust fallback: the one tried (layout-rs 0.1.3) panics on an
//! empty graph, rejects the labels used here and takes seconds at a hundred
//! nodes. Without Graphviz, `render` says how to install it, and `negograph dot`
//! still writes the DOT.

use crate::args::Opt;
use std::path::Path;

use crate::error::{Error, Result};

/// What `render` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "cli", derive(clap::ValueEnum))]
pub enum Format {
    /// SVG: scalable; nodes and edges carry their notes and quotes as tooltips.
    Svg,
    /// PNG: a bitmap, for slides and chats (no tooltips: see `--quotes`).
    Png,
    /// PDF: for print (no tooltips: see `--quotes`).
    Pdf,
    /// The interactive map: one self-contained HTML file, laid out by Graphviz;
    /// click, search, slide the date.
    Html,
}

impl Format {
    /// The format a file name asks for by its extension.
    pub fn from_path(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "svg" => Some(Format::Svg),
            "png" => Some(Format::Png),
            "pdf" => Some(Format::Pdf),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }

    /// The name `dot -T` takes.
    fn graphviz(self) -> &'static str {
        match self {
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Pdf => "pdf",
            // The map is drawn by the browser from Graphviz's positions.
            Format::Html => "json0",
        }
    }
}

/// Bounds on one run of Graphviz, whose work grows far faster than its
/// input: a 35-node view with 870 conditions ran for over a minute, a
/// 305-node view with 89,700 edges took 5.3 GB in 7 s.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Limits {
    /// Wall-clock seconds before `dot` is killed (and, on Linux, its CPU
    /// seconds).
    pub seconds: u64,
    /// Bytes of address space `dot` may take (Linux only).
    pub memory_bytes: u64,
}

impl Default for Limits {
    /// [`crate::limits::LAYOUT_SECONDS`] and 2 GiB: beyond what the layout
    /// [`Plan::for_size`] chooses needs (at most 0.3 GB at its limits).
    fn default() -> Limits {
        Limits {
            seconds: crate::limits::LAYOUT_SECONDS,
            memory_bytes: 2 << 30,
        }
    }
}

/// Which Graphviz layout draws a view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    /// `dot` with its full settings: layered, curved lines, fewest crossings.
    Dot,
    /// `dot` with its fast settings: layered, straight lines, fewer passes.
    FastDot,
    /// `sfdp`: force-directed, straight lines, for views too large for `dot`.
    Sfdp,
}

/// How a view is laid out, chosen by its size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Plan {
    /// The layout.
    pub engine: Engine,
    /// Nodes in the view.
    pub nodes: usize,
    /// Lines in the view: edges, holder and trigger lines.
    pub lines: usize,
}

impl Plan {
    /// The layout for a view of `nodes` nodes and `lines` lines: `dot` up to
    /// [`crate::limits::FULL_LAYOUT_LINES`] lines, its fast settings up to
    /// [`crate::limits::FAST_LAYOUT_LINES`], `sfdp` beyond; `None` past
    /// [`crate::limits::MAX_LAYOUT_NODES`] nodes or
    /// [`crate::limits::MAX_LAYOUT_LINES`] lines, where no layout finishes in time.
    pub fn for_size(nodes: usize, lines: usize) -> Option<Plan> {
        use crate::limits::{
            FAST_LAYOUT_LINES, FULL_LAYOUT_LINES, MAX_LAYOUT_LINES, MAX_LAYOUT_NODES,
        };
        if nodes > MAX_LAYOUT_NODES || lines > MAX_LAYOUT_LINES {
            return None;
        }
        let engine = if lines <= FULL_LAYOUT_LINES {
            Engine::Dot
        } else if lines <= FAST_LAYOUT_LINES {
            Engine::FastDot
        } else {
            Engine::Sfdp
        };
        Some(Plan {
            engine,
            nodes,
            lines,
        })
    }

    /// The arguments that make Graphviz's `dot` program lay out this way.
    fn args(self) -> &'static [&'static str] {
        match self.engine {
            Engine::Dot => &[],
            Engine::FastDot => &[
                "-Gnslimit=1",
                "-Gnslimit1=1",
                "-Gmclimit=0.1",
                "-Gsplines=line",
            ],
            Engine::Sfdp => &["-Ksfdp", "-Goverlap=scale", "-Gsplines=false"],
        }
    }

    /// What was chosen and why, for a person; `None` for the full layout,
    /// which needs no word.
    pub fn note(self) -> Option<String> {
        let how = match self.engine {
            Engine::Dot => return None,
            Engine::FastDot => {
                "dot with its fast settings (straight lines, fewer passes to untangle them)"
            }
            Engine::Sfdp => {
                "sfdp (force-directed, straight lines; not layered), as dot would take minutes"
            }
        };
        Some(format!(
            "{} nodes and {} lines: laid out by {how}; draw less of the graph for a clearer picture",
            self.nodes, self.lines
        ))
    }
}

/// Lays out and draws DOT text. For [`Format::Html`] this gives Graphviz's
/// positions as JSON (`-Tjson0`), which [`layout`] is the clearer name for.
///
/// Runs Graphviz's `dot` once, laid out as `plan` says, under
/// [`Limits::default`], and waits for it.
///
/// # Errors
///
/// [`Error::GraphvizMissing`] when `dot` is not installed;
/// [`Error::Graphviz`], with its message, when it fails or goes past a limit.
pub fn render(dot: &str, format: Format, plan: Plan) -> Result<Vec<u8>> {
    render_planned(dot, format, plan.args(), Limits::default())
}

/// [`render`] under `limits`. The DOT goes to `dot` through a pipe, so no
/// temporary file is left by any way out (an interrupted render left one in
/// `/tmp` each time); on Linux `dot` gets the memory and CPU limits before
/// it starts and is killed when the thread that started it ends, so it dies
/// with negograph.
///
/// # Errors
///
/// As [`render`].
pub fn render_with(dot: &str, format: Format, limits: Limits) -> Result<Vec<u8>> {
    render_planned(dot, format, &[], limits)
}

fn render_planned(dot: &str, format: Format, args: &[&str], limits: Limits) -> Result<Vec<u8>> {
    use std::io::{Read, Write};
    use std::process::{Command, Stdio};
    let mut cmd = Command::new("dot");
    cmd.arg(format!("-T{}", format.graphviz()))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    #[cfg(target_os = "linux")]
    bound_child(&mut cmd, limits);
    let mut child = match cmd.spawn() {
        Ok(child) => child,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Err(Error::GraphvizMissing),
        Err(e) => return Err(Error::Graphviz(format!("cannot start dot: {e}"))),
    };
    // Fed and drained on threads of their own, so a full pipe never stalls
    // the wait for the deadline.
    let mut stdin = child.stdin.take().expect("piped");
    let text = dot.as_bytes().to_vec();
    let feeder = std::thread::spawn(move || {
        let _ = stdin.write_all(&text);
    });
    let mut out = child.stdout.take().expect("piped");
    let reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        out.read_to_end(&mut bytes).map(|_| bytes)
    });
    let mut err = child.stderr.take().expect("piped");
    let err_reader = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = err.read_to_end(&mut bytes);
        bytes
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(limits.seconds);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if std::time::Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
            Ok(None) => std::thread::sleep(std::time::Duration::from_millis(10)),
            Err(e) => return Err(Error::Graphviz(format!("cannot wait for dot: {e}"))),
        }
    };
    let _ = feeder.join();
    let bytes = reader.join().expect("the reader does not panic");
    let said = String::from_utf8_lossy(&err_reader.join().expect("nor this one")).into_owned();
    let Some(status) = status.filter(|s| !past_cpu_limit(*s)) else {
        return Err(Error::Graphviz(format!(
            "it took more than {} s to lay out this view and was stopped; draw less of the graph ({} NODE {} N, {} P, an answer view such as {} X)",
            limits.seconds,
            Opt::Focus,
            Opt::Depth,
            Opt::Party,
            Opt::Blockers
        )));
    };
    if !status.success() {
        let said = crate::terminal::bounded(said.trim().to_owned(), 400);
        return Err(Error::Graphviz(if said.is_empty() {
            format!(
                "dot ended with {status} (past its {} MiB memory limit?); draw less of the graph",
                limits.memory_bytes >> 20
            )
        } else {
            said
        }));
    }
    bytes.map_err(|e| Error::Graphviz(format!("cannot read what dot drew: {e}")))
}

/// Whether `dot` was killed for going past its CPU seconds (`SIGXCPU`).
fn past_cpu_limit(status: std::process::ExitStatus) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        status.signal() == Some(24) // SIGXCPU on Linux and the BSDs
    }
    #[cfg(not(unix))]
    {
        let _ = status;
        false
    }
}

/// Sets, in the child before it runs `dot`: death with the thread that
/// started it, and the memory and CPU limits.
#[cfg(target_os = "linux")]
fn bound_child(cmd: &mut std::process::Command, limits: Limits) {
    use rustix::process::{Resource, Rlimit, Signal, getpid, getppid, setrlimit};
    use std::os::unix::process::CommandExt;
    let parent = getpid();
    let memory = Rlimit {
        current: Some(limits.memory_bytes),
        maximum: Some(limits.memory_bytes),
    };
    let cpu = Rlimit {
        current: Some(limits.seconds),
        maximum: Some(limits.seconds + 5),
    };
    // SAFETY: between fork and exec the closure only makes three system
    // calls (prctl, getppid, setrlimit) through rustix, which neither
    // allocates nor takes locks: all async-signal-safe.
    unsafe {
        cmd.pre_exec(move || {
            rustix::process::set_parent_process_death_signal(Some(Signal::KILL))?;
            // negograph may have died before the line above took effect.
            if getppid() != Some(parent) {
                return Err(std::io::Error::other("negograph has ended"));
            }
            setrlimit(Resource::As, memory)?;
            setrlimit(Resource::Cpu, cpu)?;
            Ok(())
        });
    }
}

/// Graphviz's layout of DOT text (laid out as `plan` says), without drawing it: every node's centre and
/// size, every edge's spline and label position, every cluster's box, as the
/// JSON of `dot -Tjson0`.
///
/// # Errors
///
/// As [`render`].
pub fn layout(dot: &str, plan: Plan) -> Result<Vec<u8>> {
    render(dot, Format::Html, plan)
}

#[cfg(test)]
mod tests {
    use super::{Engine, Plan};
    use crate::limits::{FAST_LAYOUT_LINES, FULL_LAYOUT_LINES, MAX_LAYOUT_LINES, MAX_LAYOUT_NODES};

    #[test]
    fn the_layout_is_chosen_by_size() {
        let engine = |nodes, lines| Plan::for_size(nodes, lines).map(|p| p.engine);
        assert_eq!(engine(12, 17), Some(Engine::Dot));
        assert_eq!(engine(50, FULL_LAYOUT_LINES), Some(Engine::Dot));
        assert_eq!(engine(50, FULL_LAYOUT_LINES + 1), Some(Engine::FastDot));
        assert_eq!(engine(100, FAST_LAYOUT_LINES), Some(Engine::FastDot));
        assert_eq!(engine(100, FAST_LAYOUT_LINES + 1), Some(Engine::Sfdp));
        assert_eq!(
            engine(MAX_LAYOUT_NODES, MAX_LAYOUT_LINES),
            Some(Engine::Sfdp)
        );
        assert_eq!(engine(MAX_LAYOUT_NODES + 1, 10), None);
        assert_eq!(engine(10, MAX_LAYOUT_LINES + 1), None);
        // The full layout goes without a word; the others say what they did.
        assert_eq!(Plan::for_size(12, 17).unwrap().note(), None);
        let note = Plan::for_size(1000, 5000).unwrap().note().unwrap();
        assert!(
            note.starts_with("1000 nodes and 5000 lines: laid out by sfdp"),
            "{note}"
        );
    }
}
