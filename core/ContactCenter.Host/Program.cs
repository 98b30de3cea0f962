// The host's composition lives in HostApplication so that tests start the same host over real HTTPS.
return await ContactCenter.Host.HostApplication.RunAsync(args).ConfigureAwait(false);
