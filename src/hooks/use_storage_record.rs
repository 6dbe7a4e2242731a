//! What this page knows of the answers in storage, shared by saving, the
//! `storage` event, and the Start and Forget buttons.

use screening::Answers;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// Whether saved answers have been read (or there is nothing to read), and
/// the answers storage holds as far as this page knows. Not state that
/// renders: changing it never re-renders.
#[derive(Clone, Debug)]
pub struct StorageRecord {
    read: Rc<RefCell<bool>>,
    last_saved: Rc<RefCell<Answers>>,
}

impl StorageRecord {
    /// Whether saved answers have been read (or there is nothing to read).
    pub fn is_read(&self) -> bool {
        *self.read.borrow()
    }

    /// Marks storage as read; returns whether it was unread until now.
    pub fn take_unread(&self) -> bool {
        !std::mem::replace(&mut *self.read.borrow_mut(), true)
    }

    /// Whether storage holds other answers than `answers`.
    pub fn differs_from(&self, answers: &Answers) -> bool {
        *self.last_saved.borrow() != *answers
    }

    /// Records that storage holds `answers` (and so has been read).
    pub fn holds(&self, answers: &Answers) {
        *self.last_saved.borrow_mut() = answers.clone();
        *self.read.borrow_mut() = true;
    }
}

/// The record, starting as `read` (or not) and holding the first render's
/// `answers`.
#[hook]
pub fn use_storage_record(read: bool, answers: &Answers) -> StorageRecord {
    let read = use_mut_ref(|| read);
    let last_saved = use_mut_ref(|| answers.clone());
    StorageRecord { read, last_saved }
}
