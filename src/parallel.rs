//! Work on every core over a stream of items, with the results handed
//! back in input order, so that the output does not depend on the number
//! of threads.
//!
//! Three things run at once: a reader thread pulls items from the source
//! into a bounded queue; the pool works through one batch of them; and
//! the calling thread hands the previous batch's results to the sink.
//! Batches are bounded in items and in weight (bytes of text), so memory
//! stays bounded however long the stream is. A batch is whatever is
//! queued when the pool is free, at least one item: when input trickles
//! in (a feed on standard input), each result goes out as soon as it is
//! ready instead of waiting for a batch to fill.

use std::ops::ControlFlow;
use std::sync::mpsc::{self, Receiver, TryRecvError};

use rayon::prelude::*;

use crate::error::{Error, Result};

/// At most this many items in a batch.
const BATCH_ITEMS: usize = 256;
/// A batch is closed once its items weigh this much (1 MiB of text).
const BATCH_WEIGHT: usize = 1 << 20;
/// Items read ahead of the pool.
const QUEUE_ITEMS: usize = 128;

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
        let mut ready: Option<Vec<B>> = None;
        loop {
            // Hand over what is ready rather than wait for more input.
            let first = match ready {
                Some(_) => match queue.try_recv() {
                    Ok(item) => Some(item),
                    Err(TryRecvError::Empty) => {
                        if sink(ready.take().unwrap_or_default()).is_break() {
                            return;
                        }
                        continue;
                    }
                    Err(TryRecvError::Disconnected) => None,
                },
                None => queue.recv().ok(),
            };
            let Some(first) = first else { break };
            let batch = fill_batch(first, &queue, &weight);
            let mut results = Vec::new();
            let mut flow = ControlFlow::Continue(());
            self.pool.in_place_scope(|scope| {
                scope.spawn(|_| results = batch.into_par_iter().map(&work).collect());
                if let Some(previous) = ready.take() {
                    flow = sink(previous);
                }
            });
            if flow.is_break() {
                return;
            }
            ready = Some(results);
        }
        if let Some(last) = ready {
            let _ = sink(last);
        }
        // The source is exhausted; a panic while reading it is passed on.
        if let Err(panic) = reader.join() {
            std::panic::resume_unwind(panic);
        }
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
