# The stored data: when it cannot be read, when it was upgraded or had
# items set aside, when the phone will not store it, and the recovery
# screen. These are said to someone worried about their history: plainly,
# and always with what is still safe.

stored-not-json = The saved data is not valid JSON ({ $detail }).
stored-no-version = This is not data from this app: it has no version.
stored-not-ours = This is not data from this app.
stored-version-zero = The saved data has an impossible version (0).
stored-newer = This data was saved by a newer version of the app (format { $version }; this app reads up to { $current }). Update the app to open it.
# $detail is technical, in English: for whoever checks the file.
stored-cannot-upgrade = The saved data could not be upgraded ({ $detail }).
stored-no-content = The saved data has no content.
stored-wrong-shape = The saved data has the wrong shape.
stored-upgraded = Your data was upgraded from format { $version }. A copy of the old data is kept.
stored-set-aside = { $n ->
    [one] { $n } stored item could not be read and was set aside. It is kept and included when you export your data.
   *[other] { $n } stored items could not be read and were set aside. They are kept and included when you export your data.
}
stored-storage-unavailable = This browser does not allow the app to store data.
stored-storage-unreadable = Stored data could not be read.
stored-storage-full = The phone's storage for this app is full or blocked; export your data from Settings.

## The recovery screen

recovery-title = Your saved data could not be opened
recovery-nothing-changed = Nothing has been changed or deleted. First save a copy of the data as it is, so that nothing is lost; then you can start fresh.
recovery-download = Download the saved data
recovery-downloaded = Downloaded. Keep the file: it can be checked or imported later.
recovery-confirm-group = Confirm start fresh
recovery-fresh-question = Start fresh?
recovery-fresh-why = This removes the unreadable data from this phone.
recovery-fresh-yes = Yes, start fresh
recovery-cancel = Cancel
recovery-fresh = Start fresh…
