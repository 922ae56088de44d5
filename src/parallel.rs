//! Work on every core over a stream of items, with the results handed
//! back in input order, so that the output does not depend on the number
//! of threads.
//!
//! On more than one thread, three things run at once: a reader thread
//! pulls items from the source into a bounded queue ([`Pool::read_ahead`],
//! started before the work needs it, so that reading overlaps whatever the
//! caller prepares: the lexicon's load); the pool works through batches of
//! them, two at a time; and the calling thread hands finished batches to
//! the sink, in order. Two batches in the pool, not one: a core that
//! finishes its share of a batch goes on with the next one instead of
//! waiting for the other cores to finish theirs, and no core waits while
//! the caller collects a batch and starts the next. Batches are bounded in
//! items and in weight (bytes of text), so memory stays bounded however
//! long the stream is. A batch is whatever is queued when it is started:
//! at least one item when the pool is idle, so that when input trickles in
//! (a feed on standard input) each result goes out as soon as it is ready
//! instead of waiting for a batch to fill; at least an eighth of a full
//! batch beside a running one. Within a batch, each document is a piece of
//! work of its own, so a core never waits while the other works through a
//! run of documents.
//!
//! On one thread, one thread is all there is: the calling thread reads an
//! item, works on it and hands the result to the sink, then reads the next.
//! A run with `--threads 1` is meant to leave the other cores to other
//! processes (one per core is how batch engines run a map step), and a
//! reader and a writer thread beside it would take a share of another core.

use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::thread::JoinHandle;

use rayon::prelude::*;

use crate::error::{Error, Result};

/// At most this many items in a batch.
const BATCH_ITEMS: usize = 256;
/// A batch is closed once its items weigh this much (1 MiB of text).
const BATCH_WEIGHT: usize = 1 << 20;
/// Items read ahead of the pool.
const QUEUE_ITEMS: usize = 128;
/// Batches in the pool at once.
const IN_FLIGHT: usize = 2;
/// Batches started and not yet handed to the sink: those in the pool and
/// those that finished while an earlier one still runs.
const AHEAD: usize = 4;

/// The items of a source, as [`Pool::read_ahead`] prepared them for its pool.
pub struct ReadAhead<A>(Feed<A>);

enum Feed<A> {
    /// Read on a thread of their own, up to a bounded number ahead of their use.
    Queued(Reader<A>),
    /// Read on the calling thread, each when the work asks for it.
    InPlace(Box<dyn Iterator<Item = A> + Send>),
}

struct Reader<A> {
    queue: Receiver<A>,
    thread: JoinHandle<()>,
}

impl<A: Send + 'static> Reader<A> {
    /// Starts reading `source` on a thread of its own. Dropping the reader
    /// stops it at its next item; one still blocked on its input is left
    /// behind, not waited for.
    fn start(source: impl Iterator<Item = A> + Send + 'static) -> Reader<A> {
        let (sender, queue) = mpsc::sync_channel(QUEUE_ITEMS);
        let thread = std::thread::spawn(move || {
            for item in source {
                if sender.send(item).is_err() {
                    break; // the run was stopped
                }
            }
        });
        Reader { queue, thread }
    }

    /// Once the source is exhausted: a panic while reading it is passed on.
    fn finish(self) {
        if let Err(panic) = self.thread.join() {
            panic::resume_unwind(panic);
        }
    }
}

/// A pool of worker threads, or, for one thread, the calling thread alone.
pub struct Pool {
    workers: Option<rayon::ThreadPool>,
}

impl Pool {
    /// A pool of `threads` workers; 0 means one per core.
    pub fn new(threads: usize) -> Result<Pool> {
        if threads == 1 {
            return Ok(Pool { workers: None });
        }
        let workers = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|n| format!("diplograph-{n}"))
            .build()
            .map_err(|e| Error::Usage(format!("cannot start {threads} worker threads: {e}")))?;
        // One core: a pool of one would only add a thread to hand items to.
        Ok(Pool { workers: (workers.current_num_threads() > 1).then_some(workers) })
    }

    pub fn threads(&self) -> usize {
        self.workers.as_ref().map_or(1, |workers| workers.current_num_threads())
    }

    /// Prepares `source` for [`Pool::map_ordered`]: with more than one
    /// thread, starts reading it at once on a thread of its own, so that
    /// reading overlaps what the caller does before the work starts.
    pub fn read_ahead<I>(&self, source: I) -> ReadAhead<I::Item>
    where
        I: Iterator + Send + 'static,
        I::Item: Send + 'static,
    {
        match self.workers {
            Some(_) => ReadAhead(Feed::Queued(Reader::start(source))),
            None => ReadAhead(Feed::InPlace(Box::new(source))),
        }
    }

    /// Runs `work` on every item of `source` on the pool and calls `sink`
    /// with the results, one batch at a time, in source order. `weight`
    /// says how much an item counts towards a batch's weight limit.
    /// `sink` runs on the calling thread, and stops the run by returning
    /// `Break`. A reader still blocked on its input after a `Break` is left
    /// behind, not waited for.
    pub fn map_ordered<A, B>(
        &self,
        source: ReadAhead<A>,
        weight: impl Fn(&A) -> usize,
        work: impl Fn(A) -> B + Sync,
        sink: impl FnMut(Vec<B>) -> ControlFlow<()>,
    ) where
        A: Send + 'static,
        B: Send,
    {
        match (&self.workers, source.0) {
            (Some(workers), Feed::Queued(reader)) => on_workers(workers, reader, weight, work, sink),
            (Some(workers), Feed::InPlace(items)) => on_workers(workers, Reader::start(items), weight, work, sink),
            (None, Feed::InPlace(items)) => {
                let _ = in_place(items, work, sink);
            }
            (None, Feed::Queued(reader)) => {
                if in_place(reader.queue.iter(), work, sink).is_continue() {
                    reader.finish();
                }
            }
        }
    }
}

/// One thread: each result goes to the sink before the next item is read.
/// Nothing is gained by holding results back for a batch on one thread,
/// and a feed on standard input gets each answer before it sends more.
fn in_place<A, B>(
    items: impl Iterator<Item = A>,
    work: impl Fn(A) -> B,
    mut sink: impl FnMut(Vec<B>) -> ControlFlow<()>,
) -> ControlFlow<()> {
    for item in items {
        sink(vec![work(item)])?;
    }
    ControlFlow::Continue(())
}

/// Several threads: batches of items on the pool, two at a time, handed to
/// the sink in order on the calling thread.
fn on_workers<A, B>(
    workers: &rayon::ThreadPool,
    reader: Reader<A>,
    weight: impl Fn(&A) -> usize,
    work: impl Fn(A) -> B + Sync,
    mut sink: impl FnMut(Vec<B>) -> ControlFlow<()>,
) where
    A: Send + 'static,
    B: Send,
{
    let (finished, done) = mpsc::channel();
    let work = &work;
    let mut stopped = false;
    workers.in_place_scope(|scope| {
        let (mut started, mut running) = (0, 0);
        let mut order = InOrder::default();
        let mut input_open = true;
        // Items taken from the queue for the next batch, not yet started.
        let mut pending = Pending::default();
        loop {
            // A batch that finished before an earlier one frees its place in the
            // pool: the next batch starts while the earlier one's last documents run.
            if running < IN_FLIGHT && started - order.next < AHEAD {
                let pool_idle = started == order.next;
                if input_open {
                    // With nothing in the pool, wait for input; else take only what is queued.
                    input_open = pending.fill(&reader.queue, &weight, pool_idle);
                }
                // Beside a running batch, a new one starts only once it is worth a core's
                // while: after a stall of the reader, batches of one document each would
                // keep the reader, the caller and the pool waking each other up, and the
                // reader from getting ahead again. With the pool idle or the input done,
                // whatever is pending starts at once, so a trickling feed is not held up.
                if !pending.items.is_empty() && (pool_idle || !input_open || pending.worth_a_batch()) {
                    let batch = std::mem::take(&mut pending).items;
                    let (number, finished) = (started, finished.clone());
                    started += 1;
                    running += 1;
                    scope.spawn(move |_| {
                        // One document a piece: rayon would otherwise hand a core a run
                        // of documents to work through alone, and the other core, done
                        // with the rest, would wait for that run's end instead of
                        // taking a share of it. A panic goes back to the caller, which
                        // would otherwise wait for this batch for ever.
                        let results = panic::catch_unwind(AssertUnwindSafe(|| {
                            batch.into_par_iter().with_max_len(1).map(work).collect::<Vec<B>>()
                        }));
                        let _ = finished.send((number, results));
                    });
                    continue;
                }
            }
            if started == order.next {
                break; // the input is exhausted and every batch handed over
            }
            let (number, results) = done.recv().expect("each batch in the pool sends its results");
            running -= 1;
            let results = results.unwrap_or_else(|panic| panic::resume_unwind(panic));
            for batch in order.arrived(number, results) {
                if sink(batch).is_break() {
                    stopped = true;
                    return;
                }
            }
        }
    });
    if !stopped {
        reader.finish();
    }
}

/// Batches that finished, put back in the order they were started.
struct InOrder<B> {
    /// The number of the next batch to hand over.
    next: usize,
    /// Batches that finished before an earlier one.
    early: Vec<(usize, Vec<B>)>,
}

impl<B> Default for InOrder<B> {
    fn default() -> Self {
        InOrder { next: 0, early: Vec::new() }
    }
}

impl<B> InOrder<B> {
    /// Batch `number` finished: the batches that can now be handed over, in order.
    fn arrived(&mut self, number: usize, results: Vec<B>) -> Vec<Vec<B>> {
        self.early.push((number, results));
        let mut ready = Vec::new();
        while let Some(at) = self.early.iter().position(|(n, _)| *n == self.next) {
            ready.push(self.early.swap_remove(at).1);
            self.next += 1;
        }
        ready
    }
}

/// The items of the next batch, gathered from the queue.
struct Pending<A> {
    items: Vec<A>,
    weight: usize,
}

impl<A> Default for Pending<A> {
    fn default() -> Self {
        Pending { items: Vec::new(), weight: 0 }
    }
}

impl<A> Pending<A> {
    /// Takes what is queued, up to the batch limits, first waiting for an
    /// item if `wait` and none is pending. False once the input is exhausted.
    fn fill(&mut self, queue: &Receiver<A>, weight: &impl Fn(&A) -> usize, wait: bool) -> bool {
        while self.items.len() < BATCH_ITEMS && self.weight < BATCH_WEIGHT {
            let next = match wait && self.items.is_empty() {
                true => queue.recv().map_err(|_| TryRecvError::Disconnected),
                false => queue.try_recv(),
            };
            match next {
                Ok(item) => {
                    self.weight += weight(&item);
                    self.items.push(item);
                }
                Err(TryRecvError::Empty) => break,
                Err(TryRecvError::Disconnected) => return false,
            }
        }
        true
    }

    /// Whether the items are enough to start a batch beside a running one:
    /// an eighth of a full batch, in items or in weight.
    fn worth_a_batch(&self) -> bool {
        self.items.len() >= BATCH_ITEMS / 8 || self.weight >= BATCH_WEIGHT / 8
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squares(threads: usize, n: u64) -> Vec<u64> {
        let pool = Pool::new(threads).unwrap();
        let mut out = Vec::new();
        pool.map_ordered(
            pool.read_ahead(0..n),
            |_| 4096,
            |x| x * x,
            |batch| {
                out.extend(batch);
                ControlFlow::Continue(())
            },
        );
        out
    }

    #[test]
    fn results_keep_input_order_on_any_number_of_threads() {
        let expected: Vec<u64> = (0..5000).map(|x| x * x).collect();
        for threads in [1, 2, 4] {
            assert_eq!(squares(threads, 5000), expected, "{threads} threads");
        }
        assert!(squares(2, 0).is_empty());
    }

    #[test]
    fn a_batch_that_finishes_late_keeps_its_place() {
        // The first item is slow, so the batch after it finishes first.
        let pool = Pool::new(2).unwrap();
        let mut out = Vec::new();
        let slow_first = |x: u64| {
            if x == 0 {
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            x * x
        };
        pool.map_ordered(
            pool.read_ahead(0..3000),
            |_| 4096,
            slow_first,
            |batch| {
                out.extend(batch);
                ControlFlow::Continue(())
            },
        );
        assert_eq!(out, (0..3000).map(|x| x * x).collect::<Vec<u64>>());
    }

    #[test]
    fn a_trickling_source_gets_each_result_before_it_sends_the_next_item() {
        for threads in [1, 2] {
            trickle(threads);
        }
    }

    fn trickle(threads: usize) {
        let pool = Pool::new(threads).unwrap();
        let (items, source) = mpsc::channel::<u64>();
        let (results, answers) = mpsc::channel::<u64>();
        let feeder = std::thread::spawn(move || {
            for x in 0..50 {
                items.send(x).unwrap();
                // Nothing may hold an item back to wait for a fuller batch.
                let answer = answers.recv_timeout(std::time::Duration::from_secs(20));
                assert_eq!(answer, Ok(x * x), "item {x}");
            }
        });
        pool.map_ordered(
            pool.read_ahead(source.into_iter()),
            |_| 1,
            |x| x * x,
            |batch| {
                batch.into_iter().for_each(|y| results.send(y).unwrap());
                ControlFlow::Continue(())
            },
        );
        feeder.join().unwrap();
    }

    #[test]
    fn batches_are_handed_over_in_the_order_they_were_started() {
        let mut order = InOrder::default();
        assert!(order.arrived(1, vec!['b']).is_empty());
        assert!(order.arrived(2, vec!['c']).is_empty());
        assert_eq!(order.arrived(0, vec!['a']), [vec!['a'], vec!['b'], vec!['c']]);
        assert_eq!(order.arrived(3, vec!['d']), [vec!['d']]);
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        for threads in [1, 2] {
            let pool = Pool::new(threads).unwrap();
            let fails_once = |x: u64| if x == 700 { panic!("item {x}") } else { x };
            let run = panic::catch_unwind(AssertUnwindSafe(|| {
                pool.map_ordered(pool.read_ahead(0..2000), |_| 1, fails_once, |_| ControlFlow::Continue(()));
            }));
            assert!(run.is_err(), "{threads} threads");
        }
    }

    #[test]
    fn one_thread_reads_works_and_hands_over_on_the_calling_thread_alone() {
        let pool = Pool::new(1).unwrap();
        assert_eq!(pool.threads(), 1);
        let caller = std::thread::current().id();
        let on_caller = |what: &str| assert_eq!(std::thread::current().id(), caller, "{what}");
        let source = (0..100u64).inspect(move |_| assert_eq!(std::thread::current().id(), caller, "reading"));
        let mut out = Vec::new();
        pool.map_ordered(
            pool.read_ahead(source),
            |_| 1,
            |x| {
                on_caller("work");
                x + 1
            },
            |batch| {
                on_caller("sink");
                out.extend(batch);
                ControlFlow::Continue(())
            },
        );
        assert_eq!(out, (1..101).collect::<Vec<u64>>());
    }

    #[test]
    fn items_read_ahead_for_one_pool_serve_another() {
        let (one, two) = (Pool::new(1).unwrap(), Pool::new(2).unwrap());
        for (reading, working) in [(&one, &two), (&two, &one)] {
            let mut out = Vec::new();
            working.map_ordered(
                reading.read_ahead(0..1000u64),
                |_| 1,
                |x| x * 2,
                |batch| {
                    out.extend(batch);
                    ControlFlow::Continue(())
                },
            );
            assert_eq!(out, (0..1000).map(|x| x * 2).collect::<Vec<u64>>());
        }
    }

    #[test]
    fn break_stops_the_run() {
        for threads in [1, 2] {
            let pool = Pool::new(threads).unwrap();
            let mut seen = 0;
            pool.map_ordered(
                pool.read_ahead(0..u64::MAX),
                |_| 1 << 20,
                |x| x,
                |batch| {
                    seen += batch.len();
                    ControlFlow::Break(())
                },
            );
            assert!(seen >= 1, "{threads} threads");
        }
    }
}
