// escalade/sync for yargs in the CLI bundle. yargs() guesses the program's
// version as it is created, before protoguard sets its own: it looks for a
// package.json from the bundle's node_modules folder or, outside one, from
// the working directory up to the root, listing every directory on the way
// (in a repository below a large /tmp, tens of milliseconds). protoguard sets
// its version itself and reads no yargs configuration from package.json, so
// the search finds nothing here.
export default function noPackageSearch() {
  return undefined;
}
