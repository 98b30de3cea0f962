namespace ContactCenter.Kernel.Cluster;

/// <summary>A stateless grain whose only job is to answer, proving the silo schedules calls.</summary>
internal interface IClusterProbeGrain : IGrainWithIntegerKey
{
    Task<string> PingAsync();
}
