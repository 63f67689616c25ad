//! Parsing edges on one thread while a second resolves their ends.

use crate::model::Edge;

use super::interner::{Interner, RawEdge};

/// How many parsed edges travel between the threads at a time.
const BATCH: usize = 1024;

/// How many batches may wait for the resolving thread while it builds the
/// node index (about 25 ms at a quarter of a million nodes, in which the
/// parser fills ~150 batches; each holds ~200 KB of parsed edges).
const BACKLOG: usize = 32;

/// Once the index is built, how far the resolving thread may fall behind
/// before the parser resolves a batch itself.
const AHEAD: usize = 4;

/// Parses edges on this thread, through `parse` handing each to the sink it is
/// given, while a second thread resolves their ends and stores them. That
/// thread first builds the node index, while the first batches queue up;
/// after that the id look-ups (cache misses, mostly) take longer than the
/// parsing, so whenever the second thread is behind, this one resolves the
/// batch itself instead of waiting. Edges keep their order: batches go through
/// one FIFO channel, and emptied ones come back for reuse. The edges are
/// appended to `edges`; what `parse` returns is returned.
pub(super) fn resolve_alongside<'de, R>(
    interner: &Interner,
    edges: &mut Vec<Edge>,
    parse: impl FnOnce(&mut Sink<'_, 'de>) -> R,
) -> R {
    use std::sync::mpsc::sync_channel;
    enum Batch<'de> {
        Parsed(Vec<RawEdge<'de>>),
        Resolved(Vec<Edge>),
    }
    use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};
    let (full_tx, full_rx) = sync_channel::<Batch<'de>>(BACKLOG);
    let (empty_tx, empty_rx) = sync_channel::<Batch<'de>>(BACKLOG + 8);
    let queued = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        let worker = scope.spawn(|| {
            interner.ids();
            for mut batch in full_rx {
                queued.fetch_sub(1, Relaxed);
                match &mut batch {
                    Batch::Parsed(raw) => interner.resolve_batch(raw, edges),
                    Batch::Resolved(done) => edges.append(done),
                }
                // The parser may have finished and gone: then nobody needs the batch back.
                let _ = empty_tx.try_send(batch);
            }
        });
        let mut spare_raw = Vec::new();
        let mut spare_done = Vec::new();
        let mut send = |batch: &mut Vec<RawEdge<'de>>| {
            // Keep a few emptied batches for reuse; the backlog's others are freed.
            while let Ok(empty) = empty_rx.try_recv() {
                match empty {
                    Batch::Parsed(raw) if spare_raw.len() < AHEAD * 2 => spare_raw.push(raw),
                    Batch::Resolved(done) if spare_done.len() < AHEAD * 2 => spare_done.push(done),
                    _ => {}
                }
            }
            let next = spare_raw.pop().unwrap_or_else(|| Vec::with_capacity(BATCH));
            let mut raw = std::mem::replace(batch, next);
            let indexed = interner.index.get().is_some();
            queued.fetch_add(1, Relaxed);
            // A failed send means the worker died; its panic is raised by join below.
            if indexed && queued.load(Relaxed) > AHEAD {
                let mut done = spare_done
                    .pop()
                    .unwrap_or_else(|| Vec::with_capacity(BATCH));
                interner.resolve_batch(&mut raw, &mut done);
                spare_raw.push(raw);
                let _ = full_tx.send(Batch::Resolved(done));
            } else {
                let _ = full_tx.send(Batch::Parsed(raw));
            }
        };
        let mut sink = Sink {
            batch: Vec::with_capacity(BATCH),
            send: &mut send,
        };
        let outcome = parse(&mut sink);
        let last = std::mem::take(&mut sink.batch);
        queued.fetch_add(1, Relaxed);
        let _ = full_tx.send(Batch::Parsed(last));
        drop(full_tx);
        worker
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        outcome
    })
}

/// Where the parser puts edges for [`resolve_alongside`]: straight into a
/// batch, which goes to the other thread when full. A concrete type rather
/// than a closure, so that pushing an edge (176 bytes) is inlined into the
/// parser instead of copied through a dynamic call.
pub(super) struct Sink<'s, 'de> {
    pub(super) batch: Vec<RawEdge<'de>>,
    pub(super) send: &'s mut dyn FnMut(&mut Vec<RawEdge<'de>>),
}

impl<'de> Sink<'_, 'de> {
    #[inline]
    pub(super) fn push(&mut self, raw: RawEdge<'de>) {
        self.batch.push(raw);
        if self.batch.len() == BATCH {
            (self.send)(&mut self.batch);
        }
    }
}
