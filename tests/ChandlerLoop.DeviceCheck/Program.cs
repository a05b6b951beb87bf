// Device-safety check of nanoFramework firmware source; see docs/device-check.md.
return ChandlerLoop.DeviceCheck.DeviceCheckRunner.Run(args, Console.Out, Console.Error, Environment.CurrentDirectory);
