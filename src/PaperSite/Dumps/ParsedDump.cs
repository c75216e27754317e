using PaperSite.Diagnostics;
using PaperSite.Model;

namespace PaperSite.Dumps;

/// <summary>A dump parsed, as the build cache keeps it for the next build.</summary>
/// <param name="Hash">XXH128 of the file's bytes.</param>
/// <param name="Year">The default year it was parsed with (see <see cref="DumpParser"/>).</param>
/// <param name="Dump">What it was parsed into.</param>
/// <param name="Warnings">What decoding and parsing it reported, to report again when it is not parsed again.</param>
/// <param name="Kept">True when it was taken from the build cache rather than parsed by this build.</param>
internal sealed record ParsedDump(UInt128 Hash, int? Year, Dump Dump, IReadOnlyList<Diagnostic> Warnings, bool Kept = false);
