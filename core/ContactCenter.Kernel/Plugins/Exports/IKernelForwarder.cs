namespace ContactCenter.Kernel.Plugins.Exports;

/// <summary>Marks the kernel's own implementation of an exportable contract, so it is never taken for a plugin's export.</summary>
internal interface IKernelForwarder;
