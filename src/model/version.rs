//! The format version a file declares: `1`, `1.1` or `1.2`.

use std::borrow::Cow;
use std::fmt;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A format version this build reads. 1.1 only adds to 1, so a version 1
/// file is a valid 1.1 file; the version says which fields a reader needs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FormatVersion {
    /// Format 1: parties, demands and conditions; one source per edge.
    #[default]
    V1,
    /// Format 1.1: proposals and issues, responses, several citations, dated
    /// statuses, actors, threats with target and trigger.
    V1_1,
    /// Format 1.2: answers between yes and no (`considers`), taking part in
    /// talks (`takes_part_in`).
    V1_2,
}

impl FormatVersion {
    /// The version as the file writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            FormatVersion::V1 => "1",
            FormatVersion::V1_1 => "1.1",
            FormatVersion::V1_2 => "1.2",
        }
    }

    /// The message for a version this build does not read.
    pub fn unsupported(written: &str) -> String {
        format!(
            "this file is format version {written}; this negograph reads versions 1, 1.1 and 1.2"
        )
    }
}

impl fmt::Display for FormatVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for FormatVersion {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            FormatVersion::V1 => serializer.serialize_u64(1),
            // serde_json writes this f64 as `1.1`.
            FormatVersion::V1_1 => serializer.serialize_f64(1.1),
            FormatVersion::V1_2 => serializer.serialize_f64(1.2),
        }
    }
}

impl<'de> Deserialize<'de> for FormatVersion {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visit;
        impl serde::de::Visitor<'_> for Visit {
            type Value = FormatVersion;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("the format version, 1, 1.1 or 1.2")
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<FormatVersion, E> {
                match v {
                    1 => Ok(FormatVersion::V1),
                    other => Err(E::custom(FormatVersion::unsupported(&other.to_string()))),
                }
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<FormatVersion, E> {
                Err(E::custom(FormatVersion::unsupported(&v.to_string())))
            }
            fn visit_f64<E: serde::de::Error>(self, v: f64) -> Result<FormatVersion, E> {
                // The nearest f64 to the text "1.1" (or "1.10") is this literal's.
                if v == 1.1 {
                    Ok(FormatVersion::V1_1)
                } else if v == 1.2 {
                    Ok(FormatVersion::V1_2)
                } else if v == 1.0 {
                    Ok(FormatVersion::V1)
                } else {
                    Err(E::custom(FormatVersion::unsupported(&v.to_string())))
                }
            }
        }
        deserializer.deserialize_any(Visit)
    }
}

impl JsonSchema for FormatVersion {
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("FormatVersion")
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The format version: 1, 1.1 for files using format 1.1 fields, 1.2 for files using format 1.2's.",
            "enum": [1, 1.1, 1.2]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_read_and_write_as_the_file_spells_them() {
        for (text, version) in [
            ("1", FormatVersion::V1),
            ("1.1", FormatVersion::V1_1),
            ("1.10", FormatVersion::V1_1),
            ("1.0", FormatVersion::V1),
            ("1.2", FormatVersion::V1_2),
        ] {
            let read: FormatVersion = serde_json::from_str(text).unwrap();
            assert_eq!(read, version, "{text}");
        }
        assert_eq!(serde_json::to_string(&FormatVersion::V1_1).unwrap(), "1.1");
        assert_eq!(serde_json::to_string(&FormatVersion::V1).unwrap(), "1");
        assert_eq!(serde_json::to_string(&FormatVersion::V1_2).unwrap(), "1.2");
        for bad in ["2", "1.3", "0", "-1", "\"1\""] {
            let err = serde_json::from_str::<FormatVersion>(bad).unwrap_err();
            assert!(
                err.to_string().contains("version") || err.to_string().contains("1.1"),
                "{bad}: {err}"
            );
        }
    }
}
