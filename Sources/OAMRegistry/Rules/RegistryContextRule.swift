/// A rule whose per-file check reads the registry besides the file (the module specs an
/// accelerator's `conforms_to` names), from the file's typed descriptor and the ranges its
/// figures carry, never from the file's tree.
///
/// Every other rule's per-file check reads its file alone, and may read its tree. That
/// split lets `oam validate DIR` check each file as soon as it is parsed and drop its tree at
/// once (`Validator.loadAndValidate`): the rules of this kind run after every file is loaded,
/// the trees gone. Rule examples run that way too (`RuleExampleRunner`): a rule of this kind
/// that reads a tree, or another rule that reads the registry, misses the findings of every
/// example that depends on what it misread.
public protocol RegistryContextRule: Rule {}
