//! One description of how a node and an edge are written, read two ways.
//!
//! [`file_fields!`] takes a struct of the file's fields, as serde reads them
//! (the loader's `EdgeFile`, the model's `NodeSchema`), and also gives it a
//! reader that walks an object's bytes itself ([`ReadFields`]): the loader's
//! fast path. Both come from the one list of fields, so a field added to the
//! format is read by both or fails to compile; there is no second list of
//! names to forget. The byte-level work is the loader's ([`FieldReader`]);
//! each field's type says how its value is read ([`FieldValue`]).

// Without the `fast-reader` feature only serde reads, and the direct half
// goes unused.
#![cfg_attr(not(feature = "fast-reader"), allow(dead_code, unused_macros))]

use serde::Deserialize;

use super::{Date, Lenient, NodeKind, Relation, Status, StatusChange};

/// What reads a field's value from the text: the loader's direct reader.
/// Every method leaves a value it does not follow unread and answers `None`;
/// the item is then read by serde instead.
pub(crate) trait FieldReader<'a> {
    /// A string without escapes, borrowed from the text.
    fn plain(&mut self) -> Option<&'a str>;
    /// `null` (`Some(None)`), or a string without escapes.
    // Three answers, each meaning something: not followed, null, a string.
    #[allow(clippy::option_option)]
    fn optional(&mut self) -> Option<Option<&'a str>>;
    /// A list of strings without escapes.
    fn plain_list(&mut self) -> Option<Vec<&'a str>>;
    /// Any value, read by `serde_json`: for the rare, nested fields.
    fn serde<T: Deserialize<'a>>(&mut self) -> Option<T>;
    /// An object's fields, each handed to `field` with the reader at its value.
    fn object(&mut self, field: impl FnMut(&mut Self, &'a str) -> Option<()>) -> Option<()>;
}

/// How a field of a given type is read, and what it is when absent.
pub(crate) trait FieldValue<'a>: Sized {
    fn read(r: &mut impl FieldReader<'a>) -> Option<Self>;
    /// The value of a field the object lacks: `None` for a required one.
    fn absent() -> Option<Self> {
        None
    }
}

/// A struct whose fields are read by [`FieldReader`] as serde reads them.
pub(crate) trait ReadFields<'a>: Sized {
    /// The fields' names as the file writes them, in declaration order.
    #[cfg_attr(not(test), allow(dead_code))] // A test holds them to the schema.
    const FIELDS: &'static [&'static str];
    /// Reads one object, or `None` when the reader does not follow it: an
    /// unknown or repeated field, a missing required one, a value it leaves
    /// to serde (which then reads the whole object, or words the error).
    fn read_fields(r: &mut impl FieldReader<'a>) -> Option<Self>;
}

/// Declares a struct of a file object's fields: serde reads it (with the
/// attributes given, `deny_unknown_fields` among them) and so does the direct
/// reader, through [`ReadFields`]. Every field's name is its name in the
/// file; a field absent from the file is what its type's
/// [`FieldValue::absent`] says, which must be what `#[serde(default)]` gives.
macro_rules! file_fields {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident <$lt:lifetime> {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name<$lt> { $( $(#[$field_meta])* $field: $ty, )* }
        $crate::model::fields::file_fields!(@read $lt, $name<$lt>, $name, $($field: $ty),*);
    };
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $( $(#[$field_meta:meta])* $field:ident : $ty:ty ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis struct $name { $( $(#[$field_meta])* $field: $ty, )* }
        $crate::model::fields::file_fields!(@read 'de, $name, $name, $($field: $ty),*);
    };
    (@read $lt:lifetime, $self_ty:ty, $name:ident, $($field:ident : $ty:ty),*) => {
        impl<$lt> $crate::model::fields::ReadFields<$lt> for $self_ty {
            const FIELDS: &'static [&'static str] = &[$(stringify!($field)),*];

            #[inline]
            fn read_fields(
                r: &mut impl $crate::model::fields::FieldReader<$lt>,
            ) -> Option<Self> {
                use $crate::model::fields::FieldValue;
                $( let mut $field: Option<$ty> = None; )*
                r.object(|r, key| match key {
                    $(
                        stringify!($field) if $field.is_none() => {
                            $field = Some(<$ty as FieldValue<$lt>>::read(r)?);
                            Some(())
                        }
                    )*
                    // Unknown, or repeated: serde's error to word.
                    _ => None,
                })?;
                Some($name {
                    $( $field: match $field {
                        Some(value) => value,
                        None => <$ty as FieldValue<$lt>>::absent()?,
                    }, )*
                })
            }
        }
    };
}
pub(crate) use file_fields;

/// An optional plain string: `null` or absent is `None`.
impl<'a, T: FromPlain<'a>> FieldValue<'a> for Option<T> {
    fn read(r: &mut impl FieldReader<'a>) -> Option<Self> {
        Some(r.optional()?.map(T::from_plain))
    }
    fn absent() -> Option<Self> {
        Some(None)
    }
}

/// A value written as one plain string.
pub(crate) trait FromPlain<'a> {
    fn from_plain(text: &'a str) -> Self;
}

/// Types read from one plain string: required when bare, optional (and
/// `null` allowed) inside an `Option`.
macro_rules! from_plain {
    ($ty:ty, $text:ident => $make:expr) => {
        impl<'a> $crate::model::fields::FromPlain<'a> for $ty {
            fn from_plain($text: &'a str) -> Self {
                $make
            }
        }
        impl<'a> $crate::model::fields::FieldValue<'a> for $ty {
            fn read(r: &mut impl $crate::model::fields::FieldReader<'a>) -> Option<Self> {
                r.plain()
                    .map(<$ty as $crate::model::fields::FromPlain>::from_plain)
            }
        }
    };
}
pub(crate) use from_plain;

from_plain!(String, text => text.to_owned());
from_plain!(Box<str>, text => text.into());
from_plain!(Lenient<NodeKind>, text => Lenient::from_text(text));
from_plain!(Lenient<Relation>, text => Lenient::from_text(text));
from_plain!(Lenient<Status>, text => Lenient::from_text(text));
from_plain!(Lenient<Date>, text => Lenient::from_text(text));

/// A list of plain strings, empty when absent.
impl<'a> FieldValue<'a> for Vec<String> {
    fn read(r: &mut impl FieldReader<'a>) -> Option<Self> {
        Some(r.plain_list()?.into_iter().map(str::to_owned).collect())
    }
    fn absent() -> Option<Self> {
        Some(Vec::new())
    }
}

/// Types the direct reader hands to serde whole: rare and nested, so not
/// worth reading by hand. Absent, they are their default.
macro_rules! by_serde {
    ($ty:ty) => {
        impl<'a> $crate::model::fields::FieldValue<'a> for $ty {
            fn read(r: &mut impl $crate::model::fields::FieldReader<'a>) -> Option<Self> {
                r.serde()
            }
            fn absent() -> Option<Self> {
                Some(Default::default())
            }
        }
    };
}
pub(crate) use by_serde;

by_serde!(Vec<StatusChange>);
by_serde!(Option<u32>);
by_serde!(bool);
