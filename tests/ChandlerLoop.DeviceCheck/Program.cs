using ChandlerLoop.DeviceCheck.Api;
using ChandlerLoop.DeviceCheck.Stubs;

var catalog = ApiCatalog.Load(args[0]);
var sw = System.Diagnostics.Stopwatch.StartNew();
if (args.Length > 1) { File.WriteAllText(args[1], new StubGenerator(catalog).Generate("mscorlib")); }
var set = new StubCompiler(catalog, null).BuildAll();
foreach (var e in set.Errors.Take(60)) Console.WriteLine(e);
Console.WriteLine($"{set.References.Count} ok, {set.Errors.Count} errors, {sw.ElapsedMilliseconds} ms");
return 0;
