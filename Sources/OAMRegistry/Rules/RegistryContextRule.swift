/// A rule whose per-file check reads the registry besides the file (the module specs an
/// accelerator's `conforms_to` names), from the file's typed descriptor and the ranges its
/// figures carry, never from the file's tree.
///
/// Every other rule's per-file check reads its file alone, and may read its tree. That
/// split lets `oam validate` check each file as soon as it is parsed and drop its tree at
/// once (`Validator.loadAndValidate`): the rules of this kind run after every file is loaded,
/// the trees gone. Their examples run that way too (`RuleExampleRunner`), so a rule of this
/// kind that reads a tree, or another rule that reads the registry, fails its examples.
public protocol RegistryContextRule: Rule {}
