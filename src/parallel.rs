//! Work on every core over a stream of items, with the results handed
//! back in input order, so that the output does not depend on the number
//! of threads.
//!
//! Three things run at once: a reader thread pulls items from the source
//! into a bounded queue; the pool works through batches of them, two at a
//! time; and the calling thread hands finished batches to the sink, in
//! order. Two batches in the pool, not one: a core that finishes its share
//! of a batch goes on with the next one instead of waiting for the other
//! cores to finish theirs, and no core waits while the caller collects a
//! batch and starts the next. Batches are bounded in items and in weight
//! (bytes of text), so memory stays bounded however long the stream is. A
//! batch is whatever is queued when it is started, at least one item: when
//! input trickles in (a feed on standard input), each result goes out as
//! soon as it is ready instead of waiting for a batch to fill.

use std::ops::ControlFlow;
use std::panic::{self, AssertUnwindSafe};
use std::sync::mpsc::{self, Receiver, TryRecvError};

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

/// A pool of worker threads.
pub struct Pool {
    pool: rayon::ThreadPool,
}

impl Pool {
    /// A pool of `threads` workers; 0 means one per core.
    pub fn new(threads: usize) -> Result<Pool> {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|n| format!("diplograph-{n}"))
            .build()
            .map_err(|e| Error::Usage(format!("cannot start {threads} worker threads: {e}")))?;
        Ok(Pool { pool })
    }

    pub fn threads(&self) -> usize {
        self.pool.current_num_threads()
    }

    /// Runs `work` on every item of `source` on the pool and calls `sink`
    /// with the results, one batch at a time, in source order. `weight`
    /// says how much an item counts towards a batch's weight limit.
    /// `source` is consumed on a thread of its own; `sink` runs on the
    /// calling thread, and stops the run by returning `Break`. A reader
    /// still blocked on its input after a `Break` is left behind, not
    /// waited for.
    pub fn map_ordered<A, B, I>(
        &self,
        source: I,
        weight: impl Fn(&A) -> usize,
        work: impl Fn(A) -> B + Sync,
        mut sink: impl FnMut(Vec<B>) -> ControlFlow<()>,
    ) where
        I: Iterator<Item = A> + Send + 'static,
        A: Send + 'static,
        B: Send,
    {
        let (sender, queue) = mpsc::sync_channel(QUEUE_ITEMS);
        let reader = std::thread::spawn(move || {
            for item in source {
                if sender.send(item).is_err() {
                    break; // the run was stopped
                }
            }
        });
        let (finished, done) = mpsc::channel();
        let work = &work;
        let mut stopped = false;
        self.pool.in_place_scope(|scope| {
            let (mut started, mut running) = (0, 0);
            let mut order = InOrder::default();
            let mut input_open = true;
            loop {
                // A batch that finished before an earlier one frees its place in the
                // pool: the next batch starts while the earlier one's last documents run.
                if input_open && running < IN_FLIGHT && started - order.next < AHEAD {
                    // With nothing in the pool, wait for input; else start a batch only
                    // of what is queued, and otherwise wait for the pool below.
                    let first = if started == order.next {
                        queue.recv().map_err(|_| TryRecvError::Disconnected)
                    } else {
                        queue.try_recv()
                    };
                    match first {
                        Ok(first) => {
                            let batch = fill_batch(first, &queue, &weight);
                            let (number, finished) = (started, finished.clone());
                            started += 1;
                            running += 1;
                            scope.spawn(move |_| {
                                // A panic goes back to the caller, which would otherwise wait
                                // for this batch for ever.
                                let results = panic::catch_unwind(AssertUnwindSafe(|| {
                                    batch.into_par_iter().map(work).collect::<Vec<B>>()
                                }));
                                let _ = finished.send((number, results));
                            });
                            continue;
                        }
                        Err(TryRecvError::Disconnected) => input_open = false,
                        Err(TryRecvError::Empty) => {}
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
        if stopped {
            return;
        }
        // The source is exhausted; a panic while reading it is passed on.
        if let Err(panic) = reader.join() {
            std::panic::resume_unwind(panic);
        }
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

/// `first` and whatever else is queued, up to the batch limits.
fn fill_batch<A>(first: A, queue: &Receiver<A>, weight: &impl Fn(&A) -> usize) -> Vec<A> {
    let mut total = weight(&first);
    let mut batch = vec![first];
    while batch.len() < BATCH_ITEMS && total < BATCH_WEIGHT {
        match queue.try_recv() {
            Ok(item) => {
                total += weight(&item);
                batch.push(item);
            }
            Err(_) => break,
        }
    }
    batch
}

#[cfg(test)]
mod tests {
    use super::*;

    fn squares(threads: usize, n: u64) -> Vec<u64> {
        let pool = Pool::new(threads).unwrap();
        let mut out = Vec::new();
        pool.map_ordered(
            0..n,
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
            0..3000,
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
    fn batches_are_handed_over_in_the_order_they_were_started() {
        let mut order = InOrder::default();
        assert!(order.arrived(1, vec!['b']).is_empty());
        assert!(order.arrived(2, vec!['c']).is_empty());
        assert_eq!(order.arrived(0, vec!['a']), [vec!['a'], vec!['b'], vec!['c']]);
        assert_eq!(order.arrived(3, vec!['d']), [vec!['d']]);
    }

    #[test]
    fn a_panic_in_the_work_reaches_the_caller() {
        let pool = Pool::new(2).unwrap();
        let fails_once = |x: u64| if x == 700 { panic!("item {x}") } else { x };
        let run = panic::catch_unwind(AssertUnwindSafe(|| {
            pool.map_ordered(0..2000, |_| 1, fails_once, |_| ControlFlow::Continue(()));
        }));
        assert!(run.is_err());
    }

    #[test]
    fn break_stops_the_run() {
        let pool = Pool::new(2).unwrap();
        let mut seen = 0;
        pool.map_ordered(
            0..u64::MAX,
            |_| 1 << 20,
            |x| x,
            |batch| {
                seen += batch.len();
                ControlFlow::Break(())
            },
        );
        assert!(seen >= 1);
    }
}
