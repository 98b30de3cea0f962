using System.Runtime.CompilerServices;

// The SLA heartbeat's tick, ledger and alert logic are internal; its tests drive them directly with a fake clock.
[assembly: InternalsVisibleTo("ContactCenter.Kernel.Tests")]
