using ContactCenter.Sdk.Conversations;

namespace ContactCenter.Kernel.Conversations;

/// <summary>
/// Statuses only move forward: channels report them out of order (a read receipt before the delivery receipt), and a
/// late one must not undo a later one. A failure counts only before delivery.
/// </summary>
internal static class DeliveryStatusRules
{
    public static bool Advances(DeliveryStatus current, DeliveryStatus next) => next switch
    {
        DeliveryStatus.Failed => current is DeliveryStatus.Pending or DeliveryStatus.Sent,
        _ => current != DeliveryStatus.Failed && next > current,
    };
}
